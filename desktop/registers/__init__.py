"""Registers (台账): plan-defined case lists, their child logs, search, import and export."""
