"""Recording an office's month: a figure typed or pasted into the grid, its checks (bounds, notes,
closed and exported months), the rows the grid, the 工作台 and the export read, and the indicators
derived from registers."""
