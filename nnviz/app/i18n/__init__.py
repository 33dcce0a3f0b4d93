"""nnviz in several languages: translators, run-time switching and the Korean font."""
