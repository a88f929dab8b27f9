"""The district's side. Over the offices' merged submissions: progress per indicator
(``progress``), the 工作台 (``dashboard``), 报送情况 (``submissions``), 数据质量
(``data_quality``) and the units it merges (``units``). Then the month end: the complete consolidated report's
rows (every indicator of the plan, office-level and the district's own, judged against 序时进度
and last month), the chase list of offices to call (缺报, 迟报, 拒收, 同版本冲突, each with what
it must do), the monthly 通报 drafted as a Word document from an editable wording template, and
the ranking of offices behind both. Each function here is the one core the window, the command
line and the demo call; none of them imports Qt."""
