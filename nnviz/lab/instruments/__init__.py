"""Qt-free models of the teaching instruments: each computes its numbers with the engine."""
