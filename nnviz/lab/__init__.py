"""nnviz.lab"""
