"""Consistency checks that read a policy text on its own (see ``spec/consistency.md``)."""
