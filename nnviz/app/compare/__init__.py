"""A/B comparison: two runs of one experiment, same data and first weights, in lockstep."""
