"""Spiders: one registry-driven base news spider and thin spiders that pick what to read."""
