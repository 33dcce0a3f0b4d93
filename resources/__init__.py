"""nnviz resources (icons, translations, styles): data files shipped inside the package."""
