<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="70" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="71" />
        <source>管理员负责用户、密钥和备份。密码至少 8 位，需同时包含字母和数字。</source>
        <translation>The administrator manages users, keys and backups. The password needs at least 8 characters, with both letters and digits.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="73" />
        <source>管理员用户名</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="76" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="79" />
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="82" />
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="83" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="84" />
        <source>再次输入：</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="90" />
        <source>请填写管理员用户名</source>
        <translation>Please enter the administrator's user name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="92" />
        <source>两次输入的密码不一致，请重新输入</source>
        <translation>The two passwords differ; please enter them again</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="19" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="19" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="20" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="20" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="21" />
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="21" />
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="22" />
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="22" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="63" />
        <source>搜索对象、原值、新值、原因</source>
        <translation>Search object, old value, new value, reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="64" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="66" />
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="66" />
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="69" />
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="73" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="74" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="76" />
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="79" />
        <source>导出为 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="82" />
        <source>用户：</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="82" />
        <source>操作：</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="83" />
        <source>从：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="83" />
        <source>到：</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="113" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="126" />
        <source>共 {0} 条</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="131" />
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="131" />
        <source>审计日志.xlsx</source>
        <translation>audit-log.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="138" />
        <source>未能导出</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="140" />
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="140" />
        <source>已导出 {0} 条到 {1}</source>
        <translation>Exported {0} entries to {1}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="15" />
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="19" />
        <source>原密码：</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="19" />
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="20" />
        <source>再输一次：</source>
        <translation>Again:</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="24" />
        <source>用户 {0}。新密码至少 8 位，含字母和数字。</source>
        <translation>User {0}. The new password needs at least 8 characters, with letters and digits.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="31" />
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="32" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="39" />
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords differ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="49" />
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="53" />
        <source>截至月份：</source>
        <translation>Up to month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="54" />
        <source>截至月份</source>
        <translation>Through month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="65" />
        <source>各领域进度（竖线为序时进度）</source>
        <translation>Progress by area (the line marks time elapsed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="68" />
        <source>月度数值</source>
        <translation>Monthly values</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="71" />
        <source>图表指标</source>
        <translation>Chart indicator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="89" />
        <source>滞后指标</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="89" />
        <source>逾期节点任务</source>
        <translation>Overdue milestones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="90" />
        <source>上月未填</source>
        <translation>Missing last month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="120" />
        <source>正在统计{0}的进度…</source>
        <translation>Counting progress for {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="145" />
        <source>进度统计未完成：{0}</source>
        <translation>Progress could not be counted: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="153" />
        <source>{0}：完成 {1}，序时 {2}</source>
        <translation>{0}: done {1}, time elapsed {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="155" />
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="156" />
        <source>未填</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="158" />
        <source>滞后指标（{0}项）</source>
        <translation>Behind ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="159" />
        <source>逾期节点任务（{0}项）</source>
        <translation>Overdue milestones ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="162" />
        <source>{0}未填（{{0}}项）</source>
        <translation>Missing in {0} ({{0}})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="162" />
        <source>上月未填（{0}项）</source>
        <translation>Missing last month ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="163" />
        <source>{0}：滞后 {1} 项，逾期 {2} 项，上月未填 {3} 项</source>
        <translation>{0}: {1} behind, {2} overdue, {3} missing last month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="177" />
        <source>完成 {0}｜序时 {1}｜{2} 项，滞后 {3} 项</source>
        <translation>done {0} | elapsed {1} | {2} indicators, {3} behind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="192" />
        <source>单击或按 Enter 在“指标填报”中打开</source>
        <translation>Click or press Enter to open it in Indicator entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="197" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="217" />
        <source>{0}月</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="219" />
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="223" />
        <source>{0}（{1}），{2}起逐月</source>
        <translation>{0} ({1}), monthly from {2}</translation>
    </message>
</context>
<context>
    <name>DistrictDashboardPage</name>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="41" />
        <source>各领域进度（竖线为序时进度）</source>
        <translation>Progress by area (the line marks time elapsed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="59" />
        <source>全区工作台</source>
        <translation>District dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="63" />
        <source>截至月份：</source>
        <translation>Up to month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="64" />
        <source>截至月份</source>
        <translation>Through month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="72" />
        <location filename="../../ui/pages/district_dashboard_page.py" line="78" />
        <source>滞后街道</source>
        <translation>Offices behind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="85" />
        <location filename="../../ui/pages/district_dashboard_page.py" line="109" />
        <source>各项指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="88" />
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="90" />
        <source>显示哪些指标</source>
        <translation>Which indicators to show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="91" />
        <source>全部指标</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="92" />
        <source>街道报送的指标</source>
        <translation>Indicators reported by offices</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="93" />
        <source>区级指标</source>
        <translation>District indicators</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="94" />
        <source>滞后或未达标</source>
        <translation>Behind or not met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="99" />
        <source>填报区级指标</source>
        <translation>Enter district indicator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="100" />
        <source>在“指标填报”中打开选中的区级指标</source>
        <translation>Open the selected district indicator in Indicator entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="127" />
        <location filename="../../ui/pages/district_dashboard_page.py" line="132" />
        <source>分街道情况</source>
        <translation>By office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="148" />
        <location filename="../../ui/pages/district_dashboard_page.py" line="247" />
        <source>全区月度数值</source>
        <translation>District monthly figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="169" />
        <source>{0}：已报送 {1}/{2} 个街道，滞后或未达标 {3} 项</source>
        <translation>{0}: {1}/{2} offices reported, {3} indicators behind or not met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="186" />
        <source>完成 {0}｜序时 {1}｜{2} 项，滞后 {3} 项</source>
        <translation>done {0} | elapsed {1} | {2} indicators, {3} behind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="196" />
        <source>{0}：滞后 {1} 项</source>
        <translation>{0}: {1} behind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="197" />
        <source>{0}：未报送</source>
        <translation>{0}: not sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="210" />
        <source>滞后街道（{0}个，未报送 {1} 个）</source>
        <translation>Offices behind ({0}; {1} not sent)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="201" />
        <source>双击或按 Enter 只看该街道滞后的指标</source>
        <translation>Double-click or press Enter to show only the indicators this office is behind on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="205" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="235" />
        <source>请在左侧表格中选择一个指标</source>
        <translation>Choose an indicator in the table on the left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="237" />
        <source>「{0}」是区级指标，由区里自行填报，没有分街道数据。</source>
        <translation>“{0}” is a district indicator, entered by the district itself; it has no figures by office.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="240" />
        <source>「{0}」（{1}）：{2} 个街道有数，{3} 个滞后</source>
        <translation>“{0}” ({1}): {2} offices with figures, {3} behind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="253" />
        <source>{0}月</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="257" />
        <source>全区月度数值：{0}（{1}）</source>
        <translation>District monthly figures: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/district_dashboard_page.py" line="278" />
        <source>{0}滞后的指标</source>
        <translation>Indicators {0} is behind on</translation>
    </message>
</context>
<context>
    <name>DistrictProgressModel</name>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="28" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="29" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="30" />
        <source>区目标</source>
        <translation>District target</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="31" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="32" />
        <location filename="../../ui/models/district_progress_model.py" line="42" />
        <source>累计</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="33" />
        <location filename="../../ui/models/district_progress_model.py" line="43" />
        <source>完成%</source>
        <translation>Done %</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="34" />
        <source>序时进度</source>
        <translation>Time elapsed</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="35" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="36" />
        <source>报送街道数</source>
        <translation>Offices reporting</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="37" />
        <source>滞后街道</source>
        <translation>Offices behind</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="40" />
        <source>街道</source>
        <translation>Street office</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="41" />
        <source>任务</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="44" />
        <source>情况</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="187" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="189" />
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="182" />
        <source>滞后</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="60" />
        <source>{0}前完成</source>
        <translation>due by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="61" />
        <source>年内完成</source>
        <translation>due this year</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="63" />
        <source>监测</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="67" />
        <source>（力争 {0}）</source>
        <translation> (stretch {0})</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="76" />
        <source>{0} 个：{1}等</source>
        <translation>{0}: {1} and others</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="138" />
        <source>区级填报</source>
        <translation>is entered by the district</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="146" />
        <source>区级指标，由区里自行填报；双击在“指标填报”中打开</source>
        <translation>District indicator, entered by the district itself; double-click to open it in Indicator entry</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="150" />
        <source>双击查看各街道完成情况</source>
        <translation>Double-click to see each office's progress</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="183" />
        <source>滞后，未报送</source>
        <translation>Behind, not reported</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="185" />
        <source>无分解任务</source>
        <translation>No assigned target</translation>
    </message>
    <message>
        <location filename="../../ui/models/district_progress_model.py" line="190" />
        <source>未报送</source>
        <translation>Not reported</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="135" />
        <source>设置完成</source>
        <translation>Setup complete</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="143" />
        <source>密钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="147" />
        <source>请把上面的密钥指纹逐组读给区里核对。区里确认后，本单位导出的报送表才会被接受。</source>
        <translation>Read the fingerprint above to the district, group by group. Once the district has confirmed it, the workbooks this office exports will be accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="152" />
        <source>已为 {0} 创建数据库：
{1}

签名密钥指纹：</source>
        <translation>Database created for {0}:
{1}

Signing key fingerprint:</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../ui/models/entry_model.py" line="38" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="38" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="38" />
        <source>全年目标</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="38" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="38" />
        <source>累计/最新</source>
        <translation>Year to date / latest</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="38" />
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="39" />
        <source>序时进度</source>
        <translation>Time elapsed</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="39" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="39" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="45" />
        <source>{0}前完成</source>
        <translation>due by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="45" />
        <source>年内完成</source>
        <translation>due this year</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="47" />
        <source>监测</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="51" />
        <source>（力争 {0}）</source>
        <translation> (stretch {0})</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="53" />
        <source>（本阶段 {0}，{1}前）</source>
        <translation> (this stage {0}, by {1})</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="224" />
        <source>（台账）</source>
        <translation> (register)</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="239" />
        <source>未填（逾期）</source>
        <translation>Missing (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="239" />
        <source>滞后（逾期）</source>
        <translation>Behind (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="251" />
        <source>填写 未启动、推进中 或 已完成（也可填 0、1、2）；已完成可加日期，如“已完成 2023-06-30”</source>
        <translation>Enter 未启动 (not started), 推进中 (in progress) or 已完成 (done), or 0, 1, 2; a date may follow, e.g. “已完成 2023-06-30”</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="253" />
        <location filename="../../ui/registers/table_model.py" line="167" />
        <source>区里意见（{0}）：{1}</source>
        <translation>District comment ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/entry_model.py" line="254" />
        <location filename="../../ui/registers/table_model.py" line="168" />
        <source>　已答复：{0}</source>
        <translation> answered: {0}</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="48" />
        <source>指标填报</source>
        <translation>Indicator entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="52" />
        <source>月份(&amp;M)：</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="54" />
        <source>填报月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="61" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="61" />
        <source>撤销上一次修改（Ctrl+Z）</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="62" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="62" />
        <source>重做（Ctrl+Y）</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="69" />
        <source>退回意见…</source>
        <translation>District feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="70" />
        <source>导入区里的退回意见，逐条答复（有意见的指标名称标黄）</source>
        <translation>Import the district's feedback and answer each comment (indicators with comments are marked yellow)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="79" />
        <source>指标填报表</source>
        <translation>Indicator entry grid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="101" />
        <source>重新保存(&amp;R)</source>
        <translation>Save again (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="109" />
        <source>直接输入数字即可填写，Enter 保存并下移，Tab 右移，Esc 取消；输入“-”或“不适用”表示本月不适用，Del 清空；Ctrl+Z 撤销，Ctrl+Y 重做；Ctrl+PgUp / Ctrl+PgDn 切换上月 / 下月，Alt+M 选择月份；Ctrl+C 复制、Ctrl+V 粘贴（可从 Excel / WPS 粘贴一整列）。每次修改即时保存。</source>
        <translation>Type a number to fill a cell; Enter saves and moves down, Tab moves right, Esc cancels; type “-” or “不适用” for not applicable, Del clears; Ctrl+Z undo, Ctrl+Y redo; Ctrl+PgUp / Ctrl+PgDn previous / next month, Alt+M chooses the month; Ctrl+C copies, Ctrl+V pastes (a whole column from Excel / WPS too). Every change is saved at once.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="185" />
        <source>{0}还有 {1} 项指标未填</source>
        <translation>{0}: {1} indicators still missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="188" />
        <source>{0}各项指标均已填写</source>
        <translation>{0}: every indicator is filled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="194" />
        <source>（报送后有变动，需重新导出）</source>
        <translation> (changed after it was submitted: export it again)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="196" />
        <source>（本月已导出报送，修改须填写原因）</source>
        <translation>(this month has been exported; a change needs a reason)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="224" />
        <source>需要说明</source>
        <translation>Note required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="224" />
        <source>修改已报送月份</source>
        <translation>Change a submitted month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="245" />
        <source>{0}：{1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="245" />
        <location filename="../../ui/pages/entry_page.py" line="246" />
        <location filename="../../ui/pages/entry_page.py" line="281" />
        <location filename="../../ui/pages/entry_page.py" line="283" />
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="250" />
        <source>已保存　{0}</source>
        <translation>Saved  {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="255" />
        <location filename="../../ui/pages/entry_page.py" line="335" />
        <source>未保存：{0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="261" />
        <source>未保存：{0}输入的内容仍保留在格中，可点“重新保存”。</source>
        <translation>Not saved: {0} What you typed stays in the cell; click “Save again”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="284" />
        <source>的说明</source>
        <translation>’s note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="285" />
        <source>「{0}」{1}{2}：{3} → {4}</source>
        <translation>“{0}” {1}{2}: {3} → {4}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="298" />
        <source>设为不适用</source>
        <translation>Set to not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="298" />
        <source>清空本月（未填）</source>
        <translation>Clear this month (missing)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="302" />
        <source>填写说明…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="312" />
        <source>已撤销并保存　{0}</source>
        <translation>Undone and saved  {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_page.py" line="318" />
        <source>已重做并保存　{0}</source>
        <translation>Redone and saved  {0}</translation>
    </message>
</context>
<context>
    <name>EntryPaste</name>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="31" />
        <source>粘贴内容的第 {0} 行超出了表格最后一项指标，未粘贴</source>
        <translation>Row {0} of the pasted block falls below the last indicator; not pasted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="42" />
        <source>表格右侧</source>
        <translation>right of the table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="44" />
        <source>「{0}」列不能填写，只有“本月”和“说明”两列可以粘贴</source>
        <translation>The “{0}” column cannot be filled; only “This month” and “Note” take pasted values</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="58" />
        <source>修改已报送月份</source>
        <translation>Change a submitted month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="58" />
        <source>本月已导出报送，粘贴修改需填写原因（将记入审计日志）：</source>
        <translation>This month has been exported; pasting a change needs a reason (kept in the audit log):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="60" />
        <source>未粘贴：修改已报送的月份需要填写原因</source>
        <translation>Not pasted: changing an exported month needs a reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="65" />
        <source>粘贴 {0} 项</source>
        <translation>Paste of {0} values</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="73" />
        <source>已粘贴并保存 {0} 项</source>
        <translation>Pasted and saved {0} values</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="79" />
        <source>已保存 {0} 项；以下 {1} 项未保存：</source>
        <translation>Saved {0} values; these {1} were not saved:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="81" />
        <source>　「{0}」{1}：{2}</source>
        <translation>　“{0}” {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/entry_paste.py" line="83" />
        <source>　……另有 {0} 项</source>
        <translation>　… and {0} more</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../../ui/widgets/explain_dialog.py" line="43" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain_dialog.py" line="44" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportHistoryModel</name>
    <message>
        <location filename="../../ui/models/export_history.py" line="14" />
        <source>报告期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/models/export_history.py" line="14" />
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/models/export_history.py" line="15" />
        <source>导出时间</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <location filename="../../ui/models/export_history.py" line="15" />
        <source>导出人</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <location filename="../../ui/models/export_history.py" line="16" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/models/export_history.py" line="27" />
        <source>第{0}版</source>
        <translation>revision {0}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="35" />
        <source>报告期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="37" />
        <source>报告期：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="42" />
        <source>审核人密码</source>
        <translation>Reviewer's password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="43" />
        <source>审核人密码：</source>
        <translation>Reviewer's password:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="48" />
        <source>导出报送表</source>
        <translation>Export submission workbook</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="57" />
        <source>导出本月报送表（导出后该月即关账，再修改需填写原因）</source>
        <translation>Export this month's workbook (the month is then closed; later changes need a reason)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="70" />
        <source>打印纸质版（PDF）</source>
        <translation>Paper copy (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="72" />
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="78" />
        <source>导出历史</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="124" />
        <source>审核公式 {0} 未通过且为“必须”：请在“说明”中写明原因后再导出</source>
        <translation>Audit rule {0} failed and is required (必须): write the reason under “Explanation” before exporting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="135" />
        <source>正在写入「{0}」：{1} 行</source>
        <translation>Writing “{0}”: {1} rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="138" />
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="139" />
        <source>正在导出报送表……</source>
        <translation>Exporting the submission workbook…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="146" />
        <source>与第{0}版内容相同，未生成新版本</source>
        <translation>Same content as revision {0}: no new revision made</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="147" />
        <source>（文件仍是 {0}）</source>
        <translation> (the file is still {0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="150" />
        <source>已导出并校验：{0}（第{1}版）</source>
        <translation>Exported and verified: {0} (revision {1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="149" />
        <source>已导出 {0}</source>
        <translation>Exported {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="157" />
        <source>导出失败：{0}。已有文件未受影响。</source>
        <translation>Export failed: {0}. Existing files are untouched.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="159" />
        <source>未能导出</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="170" />
        <source>打印纸质版</source>
        <translation>Paper copy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="170" />
        <source>还没有导出过报送表</source>
        <translation>No workbook has been exported yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="173" />
        <source>保存纸质版</source>
        <translation>Save paper copy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="179" />
        <source>未能生成纸质版</source>
        <translation>Could not make the paper copy</translation>
    </message>
</context>
<context>
    <name>ExportedChangeDialog</name>
    <message>
        <location filename="../../ui/widgets/exported_change_dialog.py" line="16" />
        <source>修改已报送月份</source>
        <translation>Change a submitted month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exported_change_dialog.py" line="17" />
        <source>{0}已导出报送。保存这项修改后，下列数字将改变，该月须重新导出：</source>
        <translation>{0} has been exported and submitted. Saving this change alters the figures below, and the month must be exported again:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exported_change_dialog.py" line="25" />
        <source>修改原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exported_change_dialog.py" line="26" />
        <source>例如：社区纸质登记表晚到，补录11月登记的1人</source>
        <translation>e.g. the community's paper form arrived late: 1 person registered in November added</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exported_change_dialog.py" line="33" />
        <source>填写原因并保存</source>
        <translation>Save with this reason</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exported_change_dialog.py" line="34" />
        <source>取消（不保存）</source>
        <translation>Cancel (save nothing)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exported_change_dialog.py" line="40" />
        <source>修改原因（记入审计日志）：</source>
        <translation>Reason for the change (goes into the audit log):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exported_change_dialog.py" line="51" />
        <source>请用至少 3 个字写明为什么修改已报送的数字</source>
        <translation>Say in at least 3 characters why submitted figures change</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="27" />
        <source>写退回意见：{0} {1}</source>
        <translation>Feedback: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="30" />
        <source>意见对象</source>
        <translation>Comment on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="31" />
        <location filename="../../ui/pages/feedback_dialog.py" line="34" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="32" />
        <source>台账记录</source>
        <translation>Register record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="38" />
        <source>台账</source>
        <translation>Registers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="42" />
        <source>记录编号</source>
        <translation>Record number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="44" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="49" />
        <source>意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="50" />
        <source>添加意见</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="53" />
        <source>已添加的意见</source>
        <translation>Comments added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="56" />
        <source>签名密钥口令</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="62" />
        <source>对象：</source>
        <translation>On:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="63" />
        <source>指标：</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="66" />
        <source>记录编号：</source>
        <translation>Record number:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="68" />
        <source>台账：</source>
        <translation>Register:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="69" />
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="70" />
        <source>意见：</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="73" />
        <source>签名并保存…</source>
        <translation>Sign and save…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="81" />
        <source>签名密钥口令：</source>
        <translation>Signing key passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="113" />
        <source>保存退回意见</source>
        <translation>Save feedback</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="113" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="129" />
        <source>正在签名并保存退回意见…</source>
        <translation>Signing and saving the feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_dialog.py" line="135" />
        <source>已保存 {0}（第{1}号，{2} 条意见）。请把文件交给该街道导入。</source>
        <translation>Saved {0} (no. {1}, {2} comments). Give the file to the office to import.</translation>
    </message>
</context>
<context>
    <name>FeedbackInboxDialog</name>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="25" />
        <source>退回意见：{0}</source>
        <translation>District feedback: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="26" />
        <source>导入区里的退回意见…</source>
        <translation>Import the district's feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="29" />
        <source>收到的意见</source>
        <translation>Comments received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="32" />
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="34" />
        <source>更正值</source>
        <translation>Corrected value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="35" />
        <source>指标的更正值（不改数值则留空）</source>
        <translation>The indicator's corrected value (empty: value unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="37" />
        <source>修改原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="38" />
        <source>该月已导出时须填写</source>
        <translation>Needed when the month has been exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="39" />
        <source>保存答复</source>
        <translation>Save answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="44" />
        <source>答复：</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="45" />
        <source>更正值：</source>
        <translation>Corrected value:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="46" />
        <source>修改原因：</source>
        <translation>Reason for the change:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="55" />
        <source>答复后请导出本月的下一版报送表，答复随表报送区里。</source>
        <translation>After answering, export the month's next revision: the answers go to the district with it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="63" />
        <source>已答复：{0}</source>
        <translation>answered: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="63" />
        <source>未答复</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="64" />
        <source>第{0}号第{1}条</source>
        <translation>no. {0}, item {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="71" />
        <source>导入退回意见</source>
        <translation>Import feedback</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="71" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="85" />
        <source>正在校验并导入退回意见…</source>
        <translation>Checking and importing the feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="90" />
        <source>该文件已导入过（{0} 第{1}号），未作改动</source>
        <translation>This file was imported before ({0} no. {1}); nothing changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="92" />
        <source>已导入{0}的退回意见：{1} 第{2}号，{3} 条</source>
        <translation>Imported feedback from {0}: {1} no. {2}, {3} comments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="103" />
        <source>请先选中一条意见</source>
        <translation>Select a comment first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_inbox_dialog.py" line="120" />
        <source>已保存答复</source>
        <translation>Answer saved</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="144" />
        <source>如 2023-03-05</source>
        <translation>e.g. 2023-03-05</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="207" />
        <source>18 位身份证号</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="219" />
        <source>手机号或固定电话</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="123" />
        <source>数字</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="110" />
        <source>整数</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_form.py" line="71" />
        <source>由身份证号自动计算</source>
        <translation>Computed from the ID number</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_form.py" line="101" />
        <source>您的角色不能查看完整身份证号；如需更正，请联系管理员</source>
        <translation>Your role cannot see full ID numbers; ask the administrator to correct it</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/guide_dialog.py" line="15" />
        <source>用户指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="21" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="47" />
        <source>从 Excel 导入 — {0}</source>
        <translation>Import from Excel — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="92" />
        <source>文件：{0}。表头在第 {1} 行，共 {2} 行数据</source>
        <translation>File: {0}. Header on row {1}, {2} data rows</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="95" />
        <source>；已略过表尾 {0} 行（填表人、联系电话等）</source>
        <translation>; {0} footer rows skipped (filled in by, telephone…)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="96" />
        <location filename="../../ui/registers/import_dialog.py" line="226" />
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="61" />
        <source>预览（前 {0} 行，按上面的对应关系）</source>
        <translation>Preview (first {0} rows, with the matching above)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="64" />
        <source>关键字段</source>
        <translation>Key field</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="65" />
        <source>与台账中已有记录重复（{0}相同）时</source>
        <translation>When a record already exists (same {0})</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="67" />
        <source>跳过，保留台账中的记录</source>
        <translation>Skip it, keep the register's record</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="69" />
        <source>用文件中的值更新已有记录</source>
        <translation>Update the record with the file's values</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="77" />
        <source>开始导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="78" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="88" />
        <source>表头在第 {0} 行</source>
        <translation>header on row {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="89" />
        <source>没有表头，按台账字段顺序对应，请核对</source>
        <translation>no header row: columns taken in the register's field order, please check</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="90" />
        <source>粘贴的表格：{0}，共 {1} 行数据</source>
        <translation>Pasted table: {0}, {1} data rows</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="96" />
        <source>（Ctrl+V 可改为粘贴从 Excel / WPS 复制的表格）</source>
        <translation> (Ctrl+V uses a table copied from Excel / WPS instead)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="104" />
        <source>无法粘贴</source>
        <translation>Cannot paste</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="115" />
        <source>列对应：文件中的列 → 台账字段（可修改）</source>
        <translation>Columns: file column → register field (you can change it)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="125" />
        <source>（自动计算）</source>
        <translation>(computed)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="125" />
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="127" />
        <source>性别、出生日期、年龄由身份证号自动计算，不从文件导入</source>
        <translation>Sex, birth date and age are computed from the ID number, not imported</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="158" />
        <source>原行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="158" />
        <source>检查结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="192" />
        <source>可导入</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="194" />
        <source>将更新台账第 {0} 号记录</source>
        <translation>Will update record No. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="196" />
        <source>勾选确认后更新：{0}</source>
        <translation>Updated only if ticked: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="222" />
        <source>正在导入{0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="229" />
        <location filename="../../ui/registers/import_dialog.py" line="234" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="229" />
        <source>

要把未导入的 {0} 行及原因保存为 Excel 文件吗？</source>
        <translation>

Save the {0} rows not imported, with their reasons, as an Excel file?</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="240" />
        <source>保存未导入的行</source>
        <translation>Save rows not imported</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="240" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="250" />
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="256" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="265" />
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>KeyConfirmDialog</name>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="21" />
        <source>核对密钥指纹</source>
        <translation>Check the key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="23" />
        <source>街道</source>
        <translation>Street office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="35" />
        <source>密钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="40" />
        <source>街道：</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="41" />
        <source>指纹：</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="42" />
        <source>请打电话给该街道，请对方打开「签名密钥」页逐组读出指纹，与上面逐组核对。指纹不一致时不要信任：该文件可能不是该街道发出的。</source>
        <translation>Phone the office and ask them to open the Signing key page and read out the fingerprint group by group; compare each group with the one above. Do not trust the key if they differ: the file may not come from that office.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="48" />
        <source>对方读出的指纹与上面逐组一致</source>
        <translation>The fingerprint read out matches the one above, group by group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="50" />
        <source>信任此密钥</source>
        <translation>Trust this key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_confirm_dialog.py" line="52" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../ui/pages/key_page.py" line="27" />
        <source>密钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="29" />
        <source>本单位签名密钥</source>
        <translation>This unit's signing key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="31" />
        <source>指纹：</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="32" />
        <source>生成时间：</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="33" />
        <source>把指纹逐组读给区里核对；区里确认后，本单位导出的报送表才会被接受。</source>
        <translation>Read the fingerprint to the district group by group; once confirmed, this office's workbooks are accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="37" />
        <source>导出公钥文件…</source>
        <translation>Export public key file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="39" />
        <source>修改密钥口令…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="41" />
        <source>更换新密钥…</source>
        <translation>Rotate key…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="64" />
        <source>导出公钥文件</source>
        <translation>Export public key file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="65" />
        <source>公钥文件 (*.pub)</source>
        <translation>Public key file (*.pub)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="71" />
        <source>未能导出</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="73" />
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="73" />
        <source>公钥已保存到：
{0}

请交给区里，并电话核对指纹。</source>
        <translation>Public key saved to:
{0}

Give it to the district and confirm the fingerprint by phone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="81" />
        <location filename="../../ui/pages/key_page.py" line="82" />
        <location filename="../../ui/pages/key_page.py" line="83" />
        <location filename="../../ui/pages/key_page.py" line="87" />
        <location filename="../../ui/pages/key_page.py" line="92" />
        <location filename="../../ui/pages/key_page.py" line="94" />
        <source>修改密钥口令</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="81" />
        <location filename="../../ui/pages/key_page.py" line="101" />
        <source>当前口令：</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="82" />
        <source>新口令（至少 8 位，含字母和数字）：</source>
        <translation>New passphrase (at least 8 characters, letters and digits):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="83" />
        <source>再次输入新口令：</source>
        <translation>Repeat the new passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="87" />
        <source>两次输入的新口令不一致，未修改</source>
        <translation>The new passphrases differ; nothing changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="94" />
        <source>密钥口令已修改</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="97" />
        <location filename="../../ui/pages/key_page.py" line="101" />
        <location filename="../../ui/pages/key_page.py" line="102" />
        <location filename="../../ui/pages/key_page.py" line="108" />
        <location filename="../../ui/pages/key_page.py" line="111" />
        <source>更换新密钥</source>
        <translation>Rotate key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="98" />
        <source>更换后，新导出的报送表用新密钥签名。新公钥文件带有旧密钥签名的更换声明，区里导入后自动接受。
是否继续？</source>
        <translation>After rotation, new workbooks are signed with the new key. The new public key file carries a statement signed by the old key, which the district accepts automatically.
Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="102" />
        <source>新密钥的口令：</source>
        <translation>Passphrase for the new key:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/key_page.py" line="111" />
        <source>已更换，新指纹：
{0}

请导出新公钥文件交给区里。</source>
        <translation>Rotated. New fingerprint:
{0}

Export the new public key file for the district.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105" />
        <location filename="../../ui/wizard.py" line="110" />
        <source>签名密钥口令</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106" />
        <source>每次导出报送表都要用签名密钥签名。口令用来保护密钥，请牢记；至少 8 位，需同时包含字母和数字。</source>
        <translation>Every exported workbook is signed with the signing key. The passphrase protects the key: remember it. At least 8 characters, with both letters and digits.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="113" />
        <source>再次输入口令</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="116" />
        <source>口令：</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="117" />
        <source>再次输入：</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="123" />
        <source>两次输入的口令不一致，请重新输入</source>
        <translation>The two passphrases differ; please enter them again</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../ui/registers/log_panel.py" line="55" />
        <source>先保存记录，再添加{0}</source>
        <translation>Save the record first, then add {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/log_panel.py" line="56" />
        <source>添加{0}（Ctrl+L）</source>
        <translation>Add {0} (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/log_panel.py" line="59" />
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/registers/log_panel.py" line="114" />
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/registers/log_panel.py" line="121" />
        <source>删除{0}</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/log_panel.py" line="122" />
        <source>删除所选的 {0} 行{1}？</source>
        <translation>Delete the {0} selected rows of {1}?</translation>
    </message>
</context>
<context>
    <name>LogRowDialog</name>
    <message>
        <location filename="../../ui/registers/log_panel.py" line="28" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/registers/log_panel.py" line="29" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="17" />
        <source>登录 — {0}</source>
        <translation>Log in — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="21" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="24" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="29" />
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="30" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="32" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="33" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="28" />
        <source>（示例数据）</source>
        <translation> (sample data)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="29" />
        <location filename="../../ui/main_window.py" line="141" />
        <source>街道民生台账</source>
        <translation>Street Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="31" />
        <source>页面导航</source>
        <translation>Page navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50" />
        <source>{0}｜{1}（{2}）｜计划第{3}版</source>
        <translation>{0} | {1} ({2}) | plan version {3}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>页面(&amp;P)</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <location filename="../../ui/main_window.py" line="123" />
        <source>用户指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <location filename="../../ui/main_window.py" line="137" />
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <location filename="../../ui/main_window.py" line="140" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>找不到用户指南文件，本程序可能安装不完整。请重新安装。</source>
        <translation>The user guide file was not found; this installation may be incomplete. Please reinstall.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>Ctrl+1 … Ctrl+9：切换页面</source>
        <translation>Ctrl+1 … Ctrl+9: switch page</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>F1：快捷键一览</source>
        <translation>F1: keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>全局</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>Ctrl+Q：退出</source>
        <translation>Ctrl+Q: quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>指标填报</source>
        <translation>Indicator entry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>输入数字：填写；Enter：保存并下移；Tab：右移；Esc：取消；F2：编辑</source>
        <translation>Type a number: fill in; Enter: save and move down; Tab: move right; Esc: cancel; F2: edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>“-”或“不适用”：本月不适用；Del：清空为未填</source>
        <translation>“-” or “不适用”: not applicable this month; Del: clear to missing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>Ctrl+Z / Ctrl+Y：撤销 / 重做；Ctrl+PgUp / Ctrl+PgDn：上月 / 下月；Alt+M：选择月份</source>
        <translation>Ctrl+Z / Ctrl+Y: undo / redo; Ctrl+PgUp / Ctrl+PgDn: previous / next month; Alt+M: choose month</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>台账</source>
        <translation>Registers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>Ctrl+F：查找；Ctrl+N：新增记录；Enter 或双击：打开记录；Del：删除（须填原因）</source>
        <translation>Ctrl+F: search; Ctrl+N: new record; Enter or double-click: open; Del: delete (a reason is asked)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>记录表单：Ctrl+S 保存；Ctrl+L 添加子记录（如服务记录）；Esc 关闭（有未保存的修改时先询问）</source>
        <translation>Record form: Ctrl+S save; Ctrl+L add a child record (such as a service record); Esc close (asks first when there are unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>{0} {1}
数据库：{2}</source>
        <translation>{0} {1}
Database: {2}</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="32" />
        <source>把各街道的报送表（.xlsx）或存放它们的文件夹拖到本页，或点下面的按钮选择。每份文件给出一个结论；只有校验通过的文件才会合并，每份单独合并，要么全部写入，要么不写。</source>
        <translation>Drop the offices' workbooks (.xlsx) or the folder holding them onto this page, or choose them with the buttons below. Each file gets one verdict; only verified files are merged, each on its own, entirely or not at all.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="35" />
        <source>仅校验</source>
        <translation>Verify only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="36" />
        <source>校验并合并</source>
        <translation>Verify and merge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="43" />
        <source>选择文件…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="45" />
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="56" />
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="64" />
        <source>校验结果</source>
        <translation>Verification results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="79" />
        <source>合并小结</source>
        <translation>Merge summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="80" />
        <source>信任此密钥并重新处理…</source>
        <translation>Trust this key and process again…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="81" />
        <source>选中一行「未知密钥」：核对指纹后信任该街道的密钥，再处理这份文件（也可双击该行）</source>
        <translation>Select an "Unknown key" row: after checking the fingerprint, trust the office's key and process the file again (or double-click the row)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="112" />
        <source>选择报送表</source>
        <translation>Choose workbooks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="113" />
        <source>报送表 (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="119" />
        <source>选择存放报送表的文件夹</source>
        <translation>Choose the folder holding the workbooks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="135" />
        <source>无法读取</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="135" />
        <source>无法读取 {0}：{1}</source>
        <translation>Cannot read {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="139" />
        <location filename="../../ui/pages/merge_page.py" line="142" />
        <source>汇总合并</source>
        <translation>Verify &amp; merge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="142" />
        <source>所选文件夹中没有 .xlsx 文件</source>
        <translation>The chosen folder holds no .xlsx files</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="168" />
        <source>正在处理第 {0}/{1} 份：{2}</source>
        <translation>Processing file {0} of {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="171" />
        <source>已处理 {0} 份文件</source>
        <translation>{0} files processed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="182" />
        <source>第{0}版</source>
        <translation>revision {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="184" />
        <source>同版本内容冲突</source>
        <translation>Conflicting revision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="185" />
        <source>以下 {0} 份报送表与已合并的同一版本内容不同，均未合并：

{1}

请与该街道电话核实，由其导出新的版本后再合并。</source>
        <translation>These {0} workbooks differ from the same revision already merged; none was merged:

{1}

Please phone the office to check, and have it export a new revision before merging.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="191" />
        <source>处理中断：{0}。已合并的文件不受影响。</source>
        <translation>Processing stopped: {0}. Files already merged are not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="192" />
        <source>未能完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="199" />
        <source>合并 {0}，重复 {1}，拒收 {2}</source>
        <translation>Merged {0}, duplicates {1}, refused {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="200" />
        <source>可合并 {0}，重复 {1}，不能合并 {2}</source>
        <translation>Can merge {0}, duplicates {1}, cannot merge {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="220" />
        <source>信任密钥</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="220" />
        <source>只有区汇总可以信任新的密钥</source>
        <translation>Only the district supervisor can trust a new key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="225" />
        <source>{0}已有信任的密钥（{1}）。若该街道更换了密钥，请其导出带更换声明的新公钥文件，在「信任密钥」页导入更稳妥。</source>
        <translation>{0} already has a trusted key ({1}). If the office changed its key, it is safer to have it export the new public key file with its rotation statement and import that on the Trusted keys page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_page.py" line="234" />
        <source>未能信任该密钥</source>
        <translation>Could not trust the key</translation>
    </message>
</context>
<context>
    <name>MergeResultsModel</name>
    <message>
        <location filename="../../ui/models/merge_results.py" line="33" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_results.py" line="33" />
        <source>街道</source>
        <translation>Street office</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_results.py" line="34" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_results.py" line="34" />
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_results.py" line="35" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_results.py" line="35" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_results.py" line="77" />
        <source>第{0}版</source>
        <translation>revision {0}</translation>
    </message>
</context>
<context>
    <name>MonthBarChart</name>
    <message>
        <location filename="../../ui/widgets/bar_chart.py" line="47" />
        <source>请选择一个指标</source>
        <translation>Choose an indicator</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bar_chart.py" line="68" />
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>MonthEndDialog</name>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="36" />
        <source>生成全区汇总表</source>
        <translation>Make the district report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="39" />
        <source>报告期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="46" />
        <source>报告期：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="53" />
        <source>汇总表预览</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="55" />
        <source>预览工作表</source>
        <translation>Preview sheets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="57" />
        <source>生成并签名</source>
        <translation>Make and sign</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="65" />
        <source>全区汇总表（内容未变时不生成新版本）</source>
        <translation>District report (no new revision when nothing changed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="72" />
        <source>通报与催报</source>
        <translation>Bulletin and chase list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="74" />
        <source>复制通报文字</source>
        <translation>Copy bulletin text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="74" />
        <source>保存通报（Word）…</source>
        <translation>Save bulletin (Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="75" />
        <source>复制催报清单</source>
        <translation>Copy chase list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="75" />
        <source>保存催报清单…</source>
        <translation>Save chase list…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="117" />
        <source>操作失败：{0}。已有文件未受影响。</source>
        <translation>Failed: {0}. Existing files are untouched.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="119" />
        <location filename="../../ui/pages/month_end_dialog.py" line="175" />
        <source>未能完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="124" />
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="126" />
        <source>正在统计汇总表……</source>
        <translation>Counting the report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="130" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="130" />
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="133" />
        <source>{0} {1} 项</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="135" />
        <source>计划全部 {0} 项指标：{1}；本月报送街道 {2}/{3} 个</source>
        <translation>All {0} plan indicators: {1}; offices that sent this month {2}/{3}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="148" />
        <source>正在写入「{0}」：{1} 行</source>
        <translation>Writing “{0}”: {1} rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="150" />
        <source>正在生成……</source>
        <translation>Making…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="151" />
        <source>正在生成全区汇总表……</source>
        <translation>Making the district report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="157" />
        <source>内容与第{0}版相同，未生成新版本；第{0}版仍然有效：{1}</source>
        <translation>Same content as revision {0}: no new revision made; revision {0} stays in force: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="160" />
        <source>已生成并校验：{0}（第{1}版）</source>
        <translation>Made and verified: {0} (revision {1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="180" />
        <source>通报全文已复制，可粘贴到公文或消息中</source>
        <translation>The bulletin text is copied; paste it into a document or a message</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="187" />
        <source>催报清单已复制（{0} 个街道）</source>
        <translation>Chase list copied ({0} offices)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="191" />
        <source>保存通报</source>
        <translation>Save bulletin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="194" />
        <source>已保存通报草稿：{0}</source>
        <translation>Bulletin draft saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="198" />
        <source>保存催报清单</source>
        <translation>Save chase list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/month_end_dialog.py" line="204" />
        <source>已保存催报清单：{0}</source>
        <translation>Chase list saved: {0}</translation>
    </message>
</context>
<context>
    <name>PeriodBox</name>
    <message>
        <location filename="../../ui/period_box.py" line="20" />
        <source>{0}年{1}月</source>
        <translation>{1}/{0}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="29" />
        <source>{0}（{1}，第{2}版）</source>
        <translation>{0} ({1}, version {2})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="34" />
        <source>领域、措施与指标</source>
        <translation>Areas, measures and indicators</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="35" />
        <source>任务分解</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="41" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="41" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="41" />
        <source>全区目标</source>
        <translation>District target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="42" />
        <source>本单位任务</source>
        <translation>This unit's target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="42" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="53" />
        <source>区级填报</source>
        <translation>is entered by the district</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="57" />
        <source>监测</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="58" />
        <source>（待区里确认）</source>
        <translation> (to be confirmed by the district)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="76" />
        <source>全区合计</source>
        <translation>District total</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="27" />
        <source>导出计划…</source>
        <translation>Export plan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="28" />
        <source>把现行计划导出为 Excel 工作簿（区里导出时用区里的密钥签名）</source>
        <translation>Export the current plan as an Excel workbook (signed with the district key when exported by the district)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="30" />
        <source>导入计划…</source>
        <translation>Import plan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="31" />
        <source>校验计划工作簿并安装为新版本计划</source>
        <translation>Check a plan workbook and install it as a new plan version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="43" />
        <source>计划工作簿有 {0} 处错误，未导入。请按“显示详细信息”逐项修改后重新导入。</source>
        <translation>The plan workbook has {0} errors and was not imported. Click "Show Details", correct each one and import again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="50" />
        <source>导出计划</source>
        <translation>Export plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="50" />
        <source>{0}_第{1}版.xlsx</source>
        <translation>{0}_version {1}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="51" />
        <location filename="../../ui/pages/plan_transfer.py" line="74" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="56" />
        <source>签名</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="56" />
        <source>区里签名密钥口令：</source>
        <translation>District signing key passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="65" />
        <source>正在导出计划…</source>
        <translation>Exporting the plan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="66" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="69" />
        <source>已用区里密钥签名，指纹 {0}</source>
        <translation>signed with the district key, fingerprint {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="70" />
        <source>未签名，仅供查看</source>
        <translation>unsigned, for reading only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="71" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="71" />
        <source>已导出计划工作簿 {0}（{1}）</source>
        <translation>Plan workbook exported to {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="74" />
        <source>选择计划工作簿</source>
        <translation>Choose a plan workbook</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="85" />
        <source>正在校验并安装计划…</source>
        <translation>Checking and installing the plan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="91" />
        <source>核对区里密钥</source>
        <translation>Confirm the district key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="92" />
        <source>这是本街道第一次导入区里的计划。

签名密钥指纹：{0}

请打电话请区里逐组念出其密钥指纹。完全一致时选“是”，信任该密钥并安装计划；不一致请选“否”。</source>
        <translation>This is the office's first plan from the district.

Signing key fingerprint: {0}

Phone the district and have them read out their key fingerprint group by group. Choose Yes only if it matches exactly: the key is then trusted and the plan installed. Otherwise choose No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="97" />
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="100" />
        <source>已安装计划第{0}版（原第{1}版）。重新登录后，各页面按新版计划显示。</source>
        <translation>Plan version {0} installed (was version {1}). Log in again to see every page under the new version.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="103" />
        <source>台账新增列：{0}</source>
        <translation>New register columns: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_transfer.py" line="104" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>ProgressMarkerBar</name>
    <message>
        <location filename="../../ui/widgets/progress_marker.py" line="24" />
        <source>完成 {0:.1f}%，序时进度 {1:.1f}%（竖线）</source>
        <translation>done {0:.1f}%, time elapsed {1:.1f}% (line)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/registers/record_dialog.py" line="50" />
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_dialog.py" line="51" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_dialog.py" line="76" />
        <source>新增 — {0}</source>
        <translation>New — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_dialog.py" line="77" />
        <source>{0} — 第 {1} 号</source>
        <translation>{0} — no. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_dialog.py" line="100" />
        <source>请先改正标红的项目：</source>
        <translation>Please correct the fields marked red first: </translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_dialog.py" line="112" />
        <source>未保存：修改会改变已报送月份的数字，需要填写原因。填写的内容仍在表中。</source>
        <translation>Not saved: the change alters figures of a submitted month and needs a reason. What you typed is still in the form.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_dialog.py" line="137" />
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_dialog.py" line="137" />
        <source>本条记录有未保存的修改。要放弃这些修改吗？</source>
        <translation>This record has unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/registers/record_form.py" line="155" />
        <source>您的角色不能查看出生日期</source>
        <translation>Your role cannot see birth dates</translation>
    </message>
    <message>
        <location filename="../../ui/registers/record_form.py" line="228" />
        <source>台账中已有此身份证号（{0}）。&lt;a href="#{1}"&gt;打开该记录&lt;/a&gt;</source>
        <translation>This ID number is already in the register ({0}). &lt;a href="#{1}"&gt;Open that record&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/pages/register_page.py" line="57" />
        <source>（完整号码）</source>
        <translation> (whole number)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="59" />
        <source>按{0}查找（Ctrl+F）</source>
        <translation>Search by {0} (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="61" />
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="72" />
        <source>全部{0}</source>
        <translation>All {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="114" />
        <source>新增记录 (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="114" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="115" />
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="115" />
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="116" />
        <source>粘贴导入…</source>
        <translation>Paste and import…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="117" />
        <source>导出为 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="151" />
        <source>共 {0:,} 条，筛选后 {1:,} 条</source>
        <translation>{0:,} records, {1:,} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="186" />
        <source>删除记录</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="187" />
        <source>删除 {0}。请填写删除原因（如“重复登记”“已迁出本街道”），将记入审计日志：</source>
        <translation>Delete {0}. Give the reason (e.g. duplicate, moved away); it goes to the audit log:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="202" />
        <source>未删除</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="207" />
        <source>选择要导入的文件</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="208" />
        <source>Excel 或 CSV (*.xlsx *.xls *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="215" />
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="216" />
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="224" />
        <source>无法粘贴导入</source>
        <translation>Cannot import the pasted table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="237" />
        <source>导出台账</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="238" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="248" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="249" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="250" />
        <source>已导出 {0} 条记录到 {1}</source>
        <translation>Exported {0} records to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="251" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="12" />
        <source>吊销密钥</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="15" />
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="16" />
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="17" />
        <source>不设截止日期：该密钥签名的文件全部不再接受</source>
        <translation>No cut-off: refuse every file signed with this key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="20" />
        <source>如：电脑丢失、口令泄露、人员调离</source>
        <translation>e.g. PC lost, passphrase leaked, staff left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="21" />
        <source>吊销原因</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="23" />
        <source>街道：</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="24" />
        <source>指纹：</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="25" />
        <source>自此日起收到的文件不再接受：</source>
        <translation>Refuse files received from:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="28" />
        <source>截止日期之前区里已收到的文件仍然有效；已合并的数据不受影响。</source>
        <translation>Files the district received before the cut-off stay valid; data already merged is not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="27" />
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="31" />
        <source>吊销</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/pages/revoke_dialog.py" line="33" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="30" />
        <source>欢迎使用街道民生台账</source>
        <translation>Welcome to Street Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="31" />
        <source>这台电脑由谁使用？</source>
        <translation>Who uses this computer?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="32" />
        <source>街道办事处（按月填报、导出报送表）</source>
        <translation>A street office (monthly entry, exports the signed workbook)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="33" />
        <source>区汇总（校验、合并各街道报送表）</source>
        <translation>The district (verifies and merges the offices' workbooks)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="36" />
        <source>街道</source>
        <translation>Street office</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="39" />
        <source>市汇总（校验、合并各区汇总表）</source>
        <translation>City (verify and merge the districts' reports)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="42" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="43" />
        <source>如 GL（区可不填）</source>
        <translation>e.g. GL (optional for a district)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="45" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="46" />
        <source>如 鼓楼区</source>
        <translation>e.g. Gulou District</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="54" />
        <source>本街道：</source>
        <translation>This office:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="55" />
        <source>区或市代码：</source>
        <translation>District or city code:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="56" />
        <source>区或市名称：</source>
        <translation>District or city name:</translation>
    </message>
</context>
<context>
    <name>RulePanel</name>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="21" />
        <source>审核公式</source>
        <translation>Audit rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="32" />
        <source>未通过的审核公式</source>
        <translation>Failing audit rules</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="16" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="16" />
        <source>左边</source>
        <translation>Left side</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="17" />
        <source>左边值</source>
        <translation>Left value</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="17" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="18" />
        <source>右边</source>
        <translation>Right side</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="18" />
        <source>右边值</source>
        <translation>Right value</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="19" />
        <source>重要程度</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="19" />
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/models/rule_results.py" line="20" />
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="59" />
        <source>审核公式 {0} 的说明</source>
        <translation>Explanation for audit rule {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="60" />
        <source>必须写明原因才能导出</source>
        <translation>A reason is required before exporting</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="60" />
        <source>可写明原因（选填）</source>
        <translation>You may give a reason (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="96" />
        <source>本月 {0} 条审核公式均已通过</source>
        <translation>All {0} audit rules pass this month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="99" />
        <source>本月有 {0} 条审核公式未通过（其中“必须” {1} 条）</source>
        <translation>{0} audit rules fail this month ({1} of them required)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="102" />
        <source>：还有 {0} 条“必须”未写说明，写明后才能导出</source>
        <translation>: {0} required rules still need an explanation before exporting</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="103" />
        <source>：已写明说明，说明将随报送表签名报送</source>
        <translation>: explained; the explanations are signed into the workbook</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rule_panel.py" line="105" />
        <source>：导出时须逐条写明说明</source>
        <translation>: each must be explained when exporting</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="65" />
        <location filename="../../ui/pages/settings_page.py" line="68" />
        <location filename="../../ui/pages/settings_page.py" line="160" />
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="73" />
        <source>语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="74" />
        <source>更改后重新打开程序生效。</source>
        <translation>Takes effect when the program is opened again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="77" />
        <location filename="../../ui/pages/settings_page.py" line="166" />
        <source>报送</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="79" />
        <source>导出报送表须审核人用自己的密码确认</source>
        <translation>An export must be confirmed by the reviewer with their own password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="86" />
        <source>我的账户</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="88" />
        <source>当前用户：{0}（{1}）</source>
        <translation>Signed in as {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="90" />
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="96" />
        <source>备份（每天第一次打开时自动备份，保留最近 14 天和 12 个月）</source>
        <translation>Backups (taken at the first start of each day; the last 14 days and 12 months are kept)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="100" />
        <location filename="../../ui/pages/settings_page.py" line="175" />
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="102" />
        <source>备份文件夹：</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="104" />
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="109" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="109" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="109" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="109" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="113" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="116" />
        <source>恢复此备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="125" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="127" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="127" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="127" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="131" />
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="133" />
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143" />
        <source>每日自动</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143" />
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="144" />
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="145" />
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="156" />
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="156" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="160" />
        <source>已保存，重新打开程序后生效。</source>
        <translation>Saved; takes effect when the program is opened again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="169" />
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="184" />
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="188" />
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="193" />
        <location filename="../../ui/pages/settings_page.py" line="196" />
        <location filename="../../ui/pages/settings_page.py" line="211" />
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="193" />
        <source>请先在列表中选择一个备份</source>
        <translation>Choose a backup in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="197" />
        <source>用 {0} 的备份替换当前数据库？
该备份之后录入的数据将不在恢复后的数据库中；当前数据库会先另存一份。恢复后程序将关闭，请重新打开。</source>
        <translation>Replace the database with the backup of {0}?
Data entered after that backup will not be in the restored database; the current database is saved aside first. The program closes after the restore; open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="208" />
        <source>正在恢复备份……</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="212" />
        <source>已恢复。恢复前的数据库已另存为：
{0}

程序将关闭，请重新打开。</source>
        <translation>Restored. The database as it was is saved as:
{0}

The program will close; open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="216" />
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="217" />
        <source>程序将关闭，请重新打开。</source>
        <translation>The program will close; open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="221" />
        <location filename="../../ui/pages/settings_page.py" line="225" />
        <location filename="../../ui/pages/settings_page.py" line="228" />
        <location filename="../../ui/pages/settings_page.py" line="236" />
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="221" />
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="225" />
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="228" />
        <source>初始密码（至少 8 位，含字母和数字）：</source>
        <translation>Initial password (at least 8 characters, letters and digits):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="245" />
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="245" />
        <source>密码已修改，下次登录请用新密码</source>
        <translation>Password changed; use the new one next time you sign in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="251" />
        <location filename="../../ui/pages/settings_page.py" line="254" />
        <location filename="../../ui/pages/settings_page.py" line="261" />
        <location filename="../../ui/pages/settings_page.py" line="263" />
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="251" />
        <source>请先在列表中选择用户</source>
        <translation>Choose a user in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="254" />
        <source>{0} 的新密码：</source>
        <translation>New password for {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="263" />
        <source>已重置 {0} 的密码</source>
        <translation>{0}'s password has been reset</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="164" />
        <source>街道民生台账 — 首次设置</source>
        <translation>Street Ledger — first start</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="173" />
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>SignOffRows</name>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="22" />
        <source>填报人：</source>
        <translation>Filled in by:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="22" />
        <source>审核人：</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="23" />
        <source>单位负责人：</source>
        <translation>Head of office:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="23" />
        <source>联系电话：</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="30" />
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="31" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="36" />
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="39" />
        <source>签名密钥口令</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="40" />
        <source>签名密钥口令：</source>
        <translation>Signing key passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_off_rows.py" line="53" />
        <source>选择保存文件夹</source>
        <translation>Choose a folder</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <location filename="../../ui/widgets/stale_banner.py" line="27" />
        <source>{0}报送后有变动，需重新导出（原因：{1}）</source>
        <translation>{0} changed after it was submitted: export it again (reason: {1})</translation>
    </message>
</context>
<context>
    <name>SubmissionMatrixModel</name>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="13" />
        <source>按时报送</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="14" />
        <source>迟报</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="15" />
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="16" />
        <source>缺报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="55" />
        <source>{0}月</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="57" />
        <source>报送截止：{0}</source>
        <translation>Due: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="93" />
        <source>第{0}版</source>
        <translation>rev. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="94" />
        <source>·迟报</source>
        <translation> late</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="102" />
        <source>第{0}版，导出于 {1}</source>
        <translation>Revision {0}, exported {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="103" />
        <source>，晚于报送截止 {0}</source>
        <translation>, after the deadline {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="107" />
        <source>报送截止 {0} 已过，尚未收到</source>
        <translation>Due {0}; not received</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_matrix.py" line="108" />
        <source>报送截止 {0}，尚未到期</source>
        <translation>Due {0}; not yet due</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="17" />
        <source>{0}年{1}月{2}日</source>
        <translation>{0}-{1:02d}-{2:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="26" />
        <source>{0}年各街道报送情况（每月报送截止：次月{1}日）</source>
        <translation>Submissions by office, {0} (due on day {1} of the following month)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="31" />
        <source>报送情况</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="41" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="43" />
        <source>生成全区汇总表…</source>
        <translation>District report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="44" />
        <source>全区汇总表（签名）、通报和催报清单</source>
        <translation>The signed district report, the bulletin and the chase list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="47" />
        <source>写退回意见…</source>
        <translation>Feedback to office…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="48" />
        <source>先在表中选中一个街道的某月</source>
        <translation>First select an office and month in the table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="53" />
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="61" />
        <source>空白：尚未到报送截止日。鼠标停在格子上可看导出时间或拒收原因。</source>
        <translation>Blank: not due yet. Hover over a cell for the export time or the reason for refusal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="84" />
        <source>全年合计：已报送 {0} 个月次（其中迟报 {1}），拒收 {2}，缺报 {3}</source>
        <translation>Year total: {0} office-months received ({1} late), {2} refused, {3} missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/submissions_page.py" line="95" />
        <source>请先在表中选中要写意见的街道和月份</source>
        <translation>Select the office and month to comment on in the table first</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="24" />
        <source>只有信任库中的密钥签名的报送表才会合并。每把密钥只代表一个街道；导入前请与该街道电话核对指纹。</source>
        <translation>Only workbooks signed with a trusted key are merged. Each key speaks for one office; phone the office to check the fingerprint before importing.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="30" />
        <source>信任的密钥</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="37" />
        <source>导入公钥文件…</source>
        <translation>Import public key file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="39" />
        <source>吊销…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="41" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="68" />
        <source>选择街道公钥文件</source>
        <translation>Choose an office's public key file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="70" />
        <source>公钥文件 (*.pub);;所有文件 (*)</source>
        <translation>Public key files (*.pub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="75" />
        <location filename="../../ui/pages/trust_page.py" line="107" />
        <location filename="../../ui/pages/trust_page.py" line="112" />
        <source>导入公钥文件</source>
        <translation>Import public key file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="84" />
        <source>该密钥已在信任库中，属于 {0}（{1}）</source>
        <translation>This key is already trusted, for {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="92" />
        <source>文件中写明的单位：{0}（{1}）。公钥只能绑定到文件中写明的单位。</source>
        <translation>The file names the unit {0} ({1}). A public key can only be bound to the unit its file names.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="108" />
        <source>这是 {0}（{1}）更换后的新密钥，附有由已信任的旧密钥签名的更换声明，可直接信任。

新指纹：{2}

是否导入？</source>
        <translation>This is the new key of {0} ({1}), with a rotation statement signed by its trusted old key; it can be trusted directly.

New fingerprint: {2}

Import it?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="122" />
        <source>已信任 {0} 的密钥</source>
        <translation>Trusted the key of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="133" />
        <location filename="../../ui/pages/trust_page.py" line="142" />
        <source>吊销密钥</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trust_page.py" line="133" />
        <source>请先在表中选中要吊销的密钥</source>
        <translation>Select the key to revoke in the table first</translation>
    </message>
</context>
<context>
    <name>TrustedKeysModel</name>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="12" />
        <source>导入公钥文件</source>
        <translation>Import public key file</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="13" />
        <source>电话核对指纹</source>
        <translation>Fingerprint checked by phone</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="14" />
        <source>密钥更换声明</source>
        <translation>Rotation statement</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="20" />
        <source>街道</source>
        <translation>Street office</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="20" />
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="21" />
        <source>添加方式</source>
        <translation>Added by way of</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="21" />
        <source>添加日期、添加人</source>
        <translation>Added on, by</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="22" />
        <source>使用次数</source>
        <translation>Times used</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="22" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="31" />
        <source>最近使用：{0}</source>
        <translation>Last used: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="47" />
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="51" />
        <source>已停用：{0} 被新密钥取代，此后收到的文件不再接受</source>
        <translation>Retired: replaced by a new key on {0}; files received since are refused</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="54" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="56" />
        <source>已吊销：{0} 起收到的文件不再接受</source>
        <translation>Revoked: files received from {0} are refused</translation>
    </message>
    <message>
        <location filename="../../ui/models/trusted_keys.py" line="57" />
        <source>已吊销：全部不再接受</source>
        <translation>Revoked: every file is refused</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/daily_backup.py" line="27" />
        <source>正在进行今日自动备份…{0}%</source>
        <translation>Running today's automatic backup… {0}%</translation>
    </message>
    <message>
        <location filename="../../ui/daily_backup.py" line="31" />
        <source>今日自动备份已完成：{0}</source>
        <translation>Today's automatic backup is complete: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/daily_backup.py" line="37" />
        <source>今日自动备份未完成：{0}</source>
        <translation>Today's automatic backup did not complete: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="109" />
        <location filename="../../ui/app.py" line="112" />
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="109" />
        <source>{0}

没有找到可用的备份。请把数据库文件交技术人员检查，不要继续在其中录入。</source>
        <translation>{0}

No usable backup was found. Please give the database file to a technician to check, and do not enter anything more in it.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="112" />
        <source>{0}

找到 {1} 的备份（{2:,} 字节），已校验完好。是否用它恢复？
损坏的文件会先另存一份，不会丢弃。</source>
        <translation>{0}

A backup from {1} ({2:,} bytes) was found and checked intact. Restore from it?
The damaged file is saved aside first, not discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="120" />
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122" />
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122" />
        <source>已用 {0} 的备份恢复。该备份之后录入的数据需要重新录入。</source>
        <translation>Restored from the backup of {0}. Anything entered after that backup must be entered again.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138" />
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="143" />
        <source>已在运行</source>
        <translation>Already running</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="35" />
        <source>身份证号被 Excel 存成了数字，后几位已丢失：请把该列设为文本格式后重新录入完整号码</source>
        <translation>Excel stored the ID number as a number and its last digits are lost: format the column as text and type the whole number again</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="98" />
        <source>身份证号中的出生日期无效：{0} 不是真实日期</source>
        <translation>The birth date in the ID number is invalid: {0} is not a real date</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="100" />
        <source>身份证号中的出生日期 {0} 晚于今天：出生日期不能晚于今天，请核对</source>
        <translation>The birth date {0} in the ID number is after today: a birth date cannot be in the future; please check</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="102" />
        <source>身份证号中的出生日期 {0} 早于1900年：出生日期不能早于1900年，请核对</source>
        <translation>The birth date {0} in the ID number is before 1900: a birth date cannot be before 1900; please check</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="117" />
        <source>身份证号为空，请输入18位身份证号</source>
        <translation>The ID number is empty; please enter the 18-character ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="119" />
        <source>身份证号位数不对：应为18位（或旧版15位），实际为{0}位</source>
        <translation>The ID number has the wrong length: 18 characters (or 15 for an old number) expected, {0} given</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="122" />
        <source>旧版15位号码只能是数字</source>
        <translation>an old 15-digit number has digits only</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="123" />
        <source>前17位只能是数字，第18位为数字或 X</source>
        <translation>the first 17 characters are digits, the 18th a digit or X</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="124" />
        <source>身份证号含有无效字符：{0}，请核对后重新输入</source>
        <translation>The ID number contains invalid characters: {0}; please check and enter it again</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="130" />
        <source>15位旧身份证号顺序码为996–999（百岁老人），无法确定世纪，请提供18位号码</source>
        <translation>The old 15-digit ID number has sequence code 996–999 (a centenarian): the century cannot be told; please give the 18-character number</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="141" />
        <source>身份证号第18位校验码应为 {0}，请核对后重新输入</source>
        <translation>The 18th character (check digit) of the ID number should be {0}; please check and enter it again</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/cn_id.py" line="145" />
        <source>地区码 {0} 不是已知的省级代码，请核对</source>
        <translation>Region code {0} is not a known province code; please check</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="86" />
        <source>本月还没有填写数值，请先填写数值（或“不适用”）再写说明</source>
        <translation>There is no value for this month yet: enter a value (or “n/a”) first, then the note</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="100" />
        <source>「{0}」是{1}年度任务，{2}不再填报</source>
        <translation>“{0}” is a task of the year {1}; it is no longer entered for {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="114" />
        <source>{0}已导出报送，修改需填写原因（将记入审计日志）</source>
        <translation>{0} has been exported and sent: a change needs a reason (it goes into the audit log)</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="147" />
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="151" />
        <source>「{0}」本月 {1} 超过本单位月中位数 {2} 的 3 倍，请在“说明”中写明原因后再保存{3}</source>
        <translation>“{0}”: this month's {1} is more than 3 times the office's median month of {2}; write the reason in the “Note” before saving{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="158" />
        <source>「{0}」累计 {1} 超过全年任务 {2} 的 2 倍，请在“说明”中写明原因后再保存{3}</source>
        <translation>“{0}”: the year to date of {1} is more than twice the annual target of {2}; write the reason in the “Note” before saving{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="167" />
        <source>计划中没有编号为 {0} 的指标，请用 street-ledger entry show 查看指标编号</source>
        <translation>The plan has no indicator with the id {0}; use street-ledger entry show to see the indicator ids</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="169" />
        <source>区级填报</source>
        <translation>is entered by the district</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="170" />
        <source>不在本单位的任务分解中</source>
        <translation>is not among this office's assigned tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/service.py" line="171" />
        <source>「{0}」{1}，本数据库（{2}）不填报该指标</source>
        <translation>“{0}” {1}; this database ({2}) does not enter it</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/bounds.py" line="26" />
        <source>计划规定的每月上限</source>
        <translation>the monthly limit set in the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/bounds.py" line="29" />
        <source>百分比</source>
        <translation>a percentage</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/bounds.py" line="32" />
        <source>按全年任务 {0}{1} 的 {2} 倍计</source>
        <translation>{2} times the annual target of {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/bounds.py" line="34" />
        <source>无全年任务的指标的上限</source>
        <translation>the limit for indicators without an annual target</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/bounds.py" line="40" />
        <source>「{0}」本月 {1}{2} 超出合理范围（每月至多 {3}{2}，{4}），未保存。请核对是否多输了数字；如确有此数，请联系区里在计划中调整该指标的每月上限</source>
        <translation>Not a plausible value for “{0}”: {1} {2} this month (at most {3} {2} a month, {4}); not saved. Check for an extra digit; if the figure is real, ask the district to raise this indicator's monthly limit in the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="24" />
        <source>「{0}」由台账自动统计，不能手工填写；请在台账中录入或更正记录</source>
        <translation>“{0}” is counted from the registers and cannot be typed in; enter or correct the records in the register</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="107" />
        <source>「{0}」是科学计数法，「{1}」请直接填写数字（如 1000）</source>
        <translation>“{0}” is scientific notation; enter “{1}” as a plain number (such as 1000)</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="114" />
        <source>「{0}」不是数字：「{1}」请填写数字（单位：{2}），不适用请填“-”</source>
        <translation>“{0}” is not a number: enter a number for “{1}” (unit: {2}), or “-” when it does not apply</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="117" />
        <source>「{0}」不能为负数（填写了 {1}），请填写 0 或正数</source>
        <translation>“{0}” cannot be negative ({1} entered); enter 0 or a positive number</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="119" />
        <source>「{0}」按{1}计数，应为整数（填写了 {2}）</source>
        <translation>“{0}” is counted in {1} and must be a whole number ({2} entered)</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="121" />
        <source>「{0}」是百分比，应在 0 到 100 之间（填写了 {1}）</source>
        <translation>“{0}” is a percentage and must be between 0 and 100 ({1} entered)</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="130" />
        <source>「{0}」是节点任务，请填写 未启动、推进中 或 已完成（也可填 0、1、2），已完成可在后面加日期，如“已完成 2023-06-30”</source>
        <translation>“{0}” is a milestone: enter 未启动 (not started), 推进中 (in progress) or 已完成 (done), or 0, 1, 2; after 已完成 you may add the date, as in “已完成 2023-06-30”</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="143" />
        <source>完成日期「{0}」格式不对，应写作 YYYY-MM-DD，例如 2023-06-30</source>
        <translation>The completion date “{0}” is not in the form YYYY-MM-DD, for example 2023-06-30</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/values.py" line="146" />
        <source>「{0}」的完成日期 {1} 不在计划年度内（{2}年至{3}年），请核对日期</source>
        <translation>The completion date {1} of “{0}” is outside the plan's years ({2} to {3}); please check the date</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/explanations.py" line="23" />
        <source>请写明原因</source>
        <translation>Please write the reason</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/explanations.py" line="24" />
        <source>“{0}”说明不了原因，请用一句话写明（至少两个汉字），例如“社区招聘会集中签约”</source>
        <translation>“{0}” does not explain a reason; write it in a sentence (at least a few words), for example “contracts signed at the community job fair”</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/office_verify.py" line="23" />
        <source>签名密钥（指纹 {0}）不是本单位的密钥</source>
        <translation>The signing key (fingerprint {0}) is not this office's key</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/office_verify.py" line="26" />
        <source>文件自称属于 {0}，却由本单位（{1}）的密钥签名</source>
        <translation>The file says it belongs to {0} but is signed with this office's ({1}) key</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/office_verify.py" line="31" />
        <source>文件完整，由本单位密钥签名</source>
        <translation>The file is intact and signed with this office's key</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/periods.py" line="18" />
        <source>月份“{0}”格式不对，应写作 YYYY-MM，例如 2023-03</source>
        <translation>The month “{0}” is not in the form YYYY-MM, for example 2023-03</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/periods.py" line="56" />
        <source>月份 {0} 不在计划期内（{1} 至 {2}），请选择计划期内的月份</source>
        <translation>The month {0} is outside the plan's period ({1} to {2}); choose a month within it</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/consistency.py" line="21" />
        <source>状态为“已完工”时请填写{0}</source>
        <translation>Fill in {0} when the status is “已完工” (completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/consistency.py" line="45" />
        <source>「{0}」指登记时女性满 40 岁、男性满 50 岁；此人为{1}性，登记时（{2}）{3} 岁，不符合，请去掉该类别或核对身份证号</source>
        <translation>“{0}” means women aged 40 or more and men 50 or more at registration; this person is {1} and was {3} at registration ({2}): remove the category or check the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/consistency.py" line="60" />
        <source>{0} {1} 超过{2} {3}：已建成不能多于计划，请核对；如计划已调整，请同时改{2}</source>
        <translation>{0} {1} exceeds {2} {3}: built cannot exceed planned; please check, and if the plan changed, change {2} too</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/consistency.py" line="67" />
        <source>状态为“规划”，却已建成 {0} 个：尚未开工的项目不应有已建成泊位，请改为“在建”或“已完工”，或核对已建成泊位数</source>
        <translation>The status is “规划” (planned) but {0} are built: a project not yet started has no built spaces; change the status to “在建” (building) or “已完工” (completed), or check the number built</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/consistency.py" line="71" />
        <source>状态为“规划”时不应有开工或完工日期，请改状态或删去日期</source>
        <translation>A “规划” (planned) project has no start or completion date; change the status or delete the dates</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/consistency.py" line="73" />
        <source>已填{0}，状态应为“已完工”；仍在施工请删去{0}</source>
        <translation>{0} is filled in, so the status should be “已完工” (completed); if building goes on, delete {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/consistency.py" line="81" />
        <source>{0} {1} 早于{2} {3}，请核对日期</source>
        <translation>{0} {1} is before {2} {3}; please check the dates</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/phone.py" line="15" />
        <source>请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 025-83301234，分机写在后面：025-83301234-123）</source>
        <translation>enter an 11-digit mobile number (such as 13812345678) or a landline with its area code (such as 025-83301234; an extension goes after it: 025-83301234-123)</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/phone.py" line="47" />
        <source>「{0}」含有电话号码中不会出现的字符，{1}</source>
        <translation>“{0}” contains characters that do not occur in a phone number; {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/phone.py" line="84" />
        <source>「{0}」不是有效的手机号（手机号为 1 开头的 11 位数字），{1}</source>
        <translation>“{0}” is not a valid mobile number (11 digits starting with 1); {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/phone.py" line="87" />
        <source>「{0}」缺少区号或位数不对，{1}</source>
        <translation>“{0}” lacks the area code or has the wrong number of digits; {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/phone.py" line="91" />
        <source>「{0}」的区号「{1}」不对（区号为 010、02X 或 0 加三位数字），{2}</source>
        <translation>The area code “{1}” of “{0}” is wrong (area codes are 010, 02X or 0 and three digits); {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/phone.py" line="99" />
        <source>「{0}」的号码部分「{1}」位数不对（区号 {2} 后应为{3}位，且不以 0、1 开头），{4}</source>
        <translation>The local part “{1}” of “{0}” has the wrong length (after area code {2} come {3} digits, not starting with 0 or 1); {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/phone.py" line="100" />
        <source> 7 或 8 </source>
        <translation>7 or 8</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/phone.py" line="102" />
        <source>「{0}」的分机号不对，{1}</source>
        <translation>The extension of “{0}” is wrong; {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/records.py" line="30" />
        <source>该记录不存在，请刷新列表</source>
        <translation>The record does not exist; please refresh the list</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/records.py" line="38" />
        <source>未保存：{0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/records.py" line="60" />
        <source>没有名为「{0}」的台账。可选：{1}</source>
        <translation>There is no register named “{0}”. Choices: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/records.py" line="89" />
        <source>台账中已有相同{0}的记录（{1}），请打开那条记录修改，不要重复登记</source>
        <translation>The register already has a record with the same {0} ({1}); open that record to change it instead of registering again</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/records.py" line="143" />
        <source>删除记录需要填写原因，例如“重复登记”或“已迁出本街道”</source>
        <translation>Deleting a record needs a reason, such as “registered twice” or “moved out of this office's area”</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/records.py" line="149" />
        <source>该记录不存在或已删除，请刷新列表</source>
        <translation>The record does not exist or was deleted; please refresh the list</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/exported_figures.py" line="19" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/exported_figures.py" line="19" />
        <source>累计</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/exported_figures.py" line="20" />
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/exported_figures.py" line="21" />
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/exported_figures.py" line="34" />
        <source>「{0}」{1} {2} → {3}</source>
        <translation>“{0}” {1} {2} → {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/exported_figures.py" line="51" />
        <location filename="../../desktop/plan/loader.py" line="96" />
        <location filename="../../desktop/plan/workbook_parse.py" line="40" />
        <location filename="../../desktop/registers/validation.py" line="30" />
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/exported_figures.py" line="56" />
        <location filename="../../desktop/registers/importer.py" line="224" />
        <source>{0}、{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="36" />
        <source>校验位错误</source>
        <translation>wrong check digit</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="37" />
        <source>出生日期无效</source>
        <translation>invalid birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="38" />
        <source>位数不对</source>
        <translation>wrong length</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="39" />
        <source>含非法字符</source>
        <translation>invalid characters</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="40" />
        <source>百岁老人顺序码无法升位</source>
        <translation>centenarian's sequence code cannot be upgraded</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="41" />
        <source>被存成了数字</source>
        <translation>stored as a number</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="42" />
        <source>未填写</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="43" />
        <source>必填，请填写</source>
        <translation>Required; please fill it in</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="48" />
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="114" />
        <source>{0}不是“{1}”时必填，请填写</source>
        <translation>Required when {0} is not “{1}”; please fill it in</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="131" />
        <source>15 位旧号码已升为 18 位：{0}</source>
        <translation>Old 15-digit number upgraded to 18 characters: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/validation.py" line="134" />
        <source>年龄 {0} 岁，未满 {1} 岁，请确认是否符合服务条件</source>
        <translation>Age {0}, under {1}: please confirm the person qualifies for the service</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="24" />
        <source>「{0}」不是可选项，可选：{1}</source>
        <translation>“{0}” is not one of the choices: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="25" />
        <source>请按 2023-03-05 或 2023年3月5日 的格式填写</source>
        <translation>write it as 2023-03-05 or 2023年3月5日</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="74" />
        <source>「{0}」不是有效日期（没有这一天），{1}</source>
        <translation>“{0}” is not a valid date (there is no such day); {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="75" />
        <source>「{0}」不是日期，{1}</source>
        <translation>“{0}” is not a date; {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="81" />
        <location filename="../../desktop/registers/value_text.py" line="88" />
        <source>应填写数字</source>
        <translation>A number is expected</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="86" />
        <source>「{0}」不是数字，请只填写数字</source>
        <translation>“{0}” is not a number; enter digits only</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="90" />
        <source>不能小于 {0}</source>
        <translation>Cannot be less than {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="92" />
        <source>不能大于 {0}</source>
        <translation>Cannot be more than {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/value_text.py" line="98" />
        <source>不能超过 {0} 个字</source>
        <translation>At most {0} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="115" />
        <source>「{0}」应为整数</source>
        <translation>“{0}” should be a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="129" />
        <source>最多保留 {0} 位小数</source>
        <translation>At most {0} decimal places</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="242" />
        <source>「{0}」不是本街道的社区，可选：{1}</source>
        <translation>“{0}” is not a community of this office; choices: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/field_types.py" line="262" />
        <source>「{0}」应填写“是”或“否”</source>
        <translation>“{0}”: enter “是” (yes) or “否” (no)</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/stale.py" line="25" />
        <source>{0}报送后有变动，需重新导出</source>
        <translation>{0} changed after it was sent and must be exported again</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/stale.py" line="38" />
        <source>{0}已导出报送，此次修改会改变：{1}。{2}（命令行用 --reason），原因记入审计日志，该月随后须重新导出</source>
        <translation>{0} has been exported and sent; this change alters: {1}. {2} (on the command line: --reason); the reason goes into the audit log and the month must then be exported again</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/stale.py" line="60" />
        <source>请填写修改原因</source>
        <translation>Please enter the reason for the change</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/stale.py" line="63" />
        <source>修改原因「{0}」太短，请用至少 {1} 个字写明为什么改，例如“补录10月漏登的3人”</source>
        <translation>The reason “{0}” is too short: write why with at least {1} characters, for example “3 people missed in October added”</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="50" />
        <source>数据库正被另一个操作占用（如另一个窗口、命令行程序或正在进行的导入），本次修改未保存。请稍等片刻后重试；如一直如此，请关闭其他正在使用该数据库的程序。</source>
        <translation>The database is in use by another operation (another window, the command line or an import in progress); this change was not saved. Wait a moment and try again; if it persists, close the other programs using this database.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="52" />
        <source>数据库以只读方式打开（或文件、文件夹没有写入权限），本次修改未保存。请确认数据库文件可写后重试。</source>
        <translation>The database is open read-only (or the file or folder may not be written); this change was not saved. Make sure the database file can be written and try again.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="54" />
        <source>磁盘空间已满（或数据库已达到大小上限），本次修改未保存，已保存的数据不受影响。请清理磁盘空间（删除不需要的文件、清空回收站）后重试。</source>
        <translation>The disk is full (or the database has reached its size limit); this change was not saved, data saved before is not affected. Free disk space (delete files you do not need, empty the recycle bin) and try again.</translation>
    </message>
    <message>
        <location filename="../../db/messages.py" line="67" />
        <source>{0}；{1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/canonical.py" line="92" />
        <source>本库</source>
        <translation>this database has</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/canonical.py" line="93" />
        <source>区里</source>
        <translation>the district has</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/canonical.py" line="105" />
        <source>（版本号相同，内容不同）</source>
        <translation> (same version number, other content)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/canonical.py" line="107" />
        <source>文件按计划「{0}」第{1}版导出{2}，{3}现行的是「{4}」第{5}版</source>
        <translation>The file was exported under plan “{0}” version {1}{2}; {3} plan “{4}” version {5} in force</translation>
    </message>
    <message>
        <location filename="../../desktop/security/auth.py" line="33" />
        <source>用户名或密码不正确</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <location filename="../../desktop/security/auth.py" line="36" />
        <source>密码连续输错 {0} 次，账户已锁定，请 {1} 分钟后再试</source>
        <translation>The password was wrong {0} times in a row: the account is locked; try again in {1} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/security/auth.py" line="61" />
        <source>密码连续输错 {0} 次，账户已锁定 5 分钟</source>
        <translation>The password was wrong {0} times in a row: the account is locked for 5 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/security/auth.py" line="62" />
        <source>用户名或密码不正确（再错 {0} 次将锁定 5 分钟）</source>
        <translation>Wrong user name or password ({0} more wrong tries lock the account for 5 minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/security/passwords.py" line="18" />
        <source>密码至少 8 位，且需同时包含字母和数字</source>
        <translation>The password needs at least 8 characters, with both letters and digits</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/importer.py" line="82" />
        <source>在 {0} 的前 15 行中没有找到表头（如“姓名”“公民身份号码”）。请确认选择了正确的文件，且表头在第一个工作表中</source>
        <translation>No header row (such as “姓名” or “公民身份号码”) was found in the first 15 rows of {0}. Please check that you chose the right file and that the header is on the first sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/importer.py" line="161" />
        <source>重复记录的处理方式只能是 skip（跳过）或 update（更新）</source>
        <translation>Duplicate records can only be skipped (skip) or updated (update)</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/importer.py" line="207" />
        <source>台账中已有相同记录（第 {0} 号），按“跳过重复”未导入；如需用本行覆盖，请选择“更新已有记录”</source>
        <translation>The register already has this record (no. {0}); not imported under “skip duplicates”; to overwrite it with this row, choose “update existing records”</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/importer.py" line="217" />
        <source>{0}「{1}」→「{2}」</source>
        <translation>{0} “{1}” → “{2}”</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/importer.py" line="222" />
        <source>将改变台账第 {0} 号记录的{1}：可能是另一个人，未更新。如确属更正，请在预览中勾选本行（命令行加 --confirm-name-changes）后重新导入</source>
        <translation>This would change {1} of record no. {0}: it may be another person, so it was not updated. If it is a correction, tick this row in the preview (on the command line add --confirm-name-changes) and import again</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/importer.py" line="231" />
        <source>文件中没有找到必填列：{0}。请在“列对应”中指定，或在文件中补上这些列</source>
        <translation>Required columns not found in the file: {0}. Assign them under “Column mapping”, or add these columns to the file</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/importer.py" line="242" />
        <source>与文件第 {0} 行的{1}相同（文件内重复），未导入</source>
        <translation>Same {1} as row {0} of the file (a duplicate within the file); not imported</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="40" />
        <source>备份写入后校验失败（{0}），备份未保存。</source>
        <translation>The backup failed its check after writing ({0}); the backup was not kept.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="44" />
        <source>无法写入备份到 {0}：{1}。请检查磁盘空间和写入权限。</source>
        <translation>Cannot write the backup to {0}: {1}. Please check the disk space and the write permission.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="48" />
        <source>备份失败：{0}</source>
        <translation>Backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../../db/connection.py" line="92" />
        <source>数据库文件已损坏（{0}：{1}）。为避免进一步损坏，程序不会写入任何数据。请从备份恢复（street-ledger restore 备份文件），或把该文件交技术人员检查。</source>
        <translation>The database file is damaged ({0}: {1}). To avoid further damage nothing will be written to it. Please restore from a backup (street-ledger restore BACKUP-FILE), or give the file to a technician to check.</translation>
    </message>
    <message>
        <location filename="../../db/connection.py" line="131" />
        <source>数据库文件已损坏或不是本程序的数据库（{0}）。程序不会写入该文件，请从备份恢复。</source>
        <translation>The database file is damaged or is not this program's database ({0}). Nothing will be written to it; please restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/connection.py" line="134" />
        <source>无法打开数据库文件 {0}：请确认文件夹存在且有写入权限。</source>
        <translation>Cannot open the database file {0}: please check that the folder exists and can be written to.</translation>
    </message>
    <message>
        <location filename="../../db/connection.py" line="135" />
        <source>打开数据库 {0} 时出错：{1}</source>
        <translation>Error opening the database {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../db/location.py" line="36" />
        <source>数据库不能放在网络共享文件夹中（{0}）：SQLite 的文件锁在网络共享上不可靠，多台电脑同时使用会损坏数据。请把数据库复制到本机磁盘（如 D:\台账）后再打开。</source>
        <translation>The database cannot be kept in a network shared folder ({0}): SQLite's file locks are not reliable on network shares, and several computers using it at once will damage the data. Please copy the database to a local disk (such as D:\台账) and open it there.</translation>
    </message>
    <message>
        <location filename="../../db/schema.py" line="56" />
        <source>数据库 {0} 由更新版本的街道民生台账写入（含本版本不认识的数据库升级 {1}），本版本不会打开或改动它，以免损坏数据。请安装最新版本的程序后再打开。</source>
        <translation>The database {0} was written by a newer version of Street Ledger (with database upgrade {1}, unknown to this version); this version will not open or change it, so as not to damage the data. Please install the latest version of the program and open it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/district/bulletin.py" line="122" />
        <source>通报只能在区汇总数据库中生成</source>
        <translation>A bulletin can only be made in the district's database</translation>
    </message>
    <message>
        <location filename="../../desktop/district/bulletin.py" line="125" />
        <location filename="../../desktop/district/chase.py" line="66" />
        <source>报告期 {0} 应写成 {1}-MM（计划年度 {2} 年内）</source>
        <translation>The period {0} should be written {1}-MM (within the plan year {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/district/bulletin_docx.py" line="100" />
        <location filename="../../desktop/exchange/workbook/writer.py" line="188" />
        <location filename="../../desktop/exchange/workbook/writer.py" line="214" />
        <source>文件 {0} 已存在，未覆盖。请换一个文件名，或先移走原文件</source>
        <translation>The file {0} already exists and was not overwritten. Please choose another file name, or move the existing file away first</translation>
    </message>
    <message>
        <location filename="../../desktop/district/bulletin_docx.py" line="107" />
        <source>无法写入 {0}：{1}。请检查磁盘空间和文件夹写入权限</source>
        <translation>Cannot write {0}: {1}. Please check the disk space and the folder's write permission</translation>
    </message>
    <message>
        <location filename="../../desktop/district/bulletin_template.py" line="31" />
        <source>通报模板 {0} 无法读取：{1}。请改正该文件，或删除它以使用随程序发布的模板</source>
        <translation>The bulletin template {0} cannot be read: {1}. Please correct that file, or delete it to use the template shipped with the program</translation>
    </message>
    <message>
        <location filename="../../desktop/district/carried.py" line="38" />
        <source>指标进度第{0}行的累计 {1} 不是数字</source>
        <translation>The year-to-date figure {1} in row {0} of the indicator sheet is not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/district/report.py" line="92" />
        <source>汇总表只能在区汇总数据库中生成；街道请使用导出报送</source>
        <translation>The consolidated report can only be made in the district's database; a street office exports its submission instead</translation>
    </message>
    <message>
        <location filename="../../desktop/district/report.py" line="95" />
        <source>报告期 {0} 应写成 {1}-MM（计划年度 {2} 年内），如 {3}-03</source>
        <translation>The period {0} should be written {1}-MM (within the plan year {2}), such as {3}-03</translation>
    </message>
    <message>
        <location filename="../../desktop/district/report.py" line="189" />
        <location filename="../../desktop/exchange/export.py" line="115" />
        <source>无法创建文件夹 {0}：{1}。请换一个保存位置</source>
        <translation>Cannot create the folder {0}: {1}. Please choose another place to save</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="16" />
        <source>  ……另有 {0} 处问题</source>
        <translation>  … and {0} more problems</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="17" />
        <source>计划文件 {0} 有误，未导入：
{1}</source>
        <translation>The plan file {0} has errors and was not imported:
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/export.py" line="47" />
        <source>请填写{0}后再导出（报送表封面需要签字信息）</source>
        <translation>Please fill in {0} before exporting (the workbook's cover needs the sign-off)</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/export.py" line="85" />
        <source>本单位要求审核人确认：请审核人 {0} 输入自己的登录密码后再导出</source>
        <translation>This office requires the reviewer's confirmation: the reviewer {0} must enter their own sign-in password before exporting</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/export.py" line="102" />
        <source>报告期 {0} 不在计划年度内（{1}-01 至 {2}）</source>
        <translation>The period {0} is not within the plan year ({1}-01 to {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/__init__.py" line="31" />
        <location filename="../../desktop/exchange/guard/delimited.py" line="24" />
        <source>文件 {0} 有 {1} MB，超过 {2} MB 的上限，请拆分后再导入</source>
        <translation>The file {0} is {1} MB, over the limit of {2} MB; please split it before importing</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/__init__.py" line="34" />
        <source>文件 {0} 是空文件</source>
        <translation>The file {0} is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/__init__.py" line="39" />
        <location filename="../../desktop/exchange/guard/files.py" line="41" />
        <location filename="../../desktop/exchange/guard/files.py" line="55" />
        <source>无法读取文件 {0}：{1}</source>
        <translation>Cannot read the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/__init__.py" line="48" />
        <source>文件 {0} 设有打开密码（已加密）或不是 xlsx 格式。请在 Excel 中取消密码，或另存为“Excel 工作簿 (*.xlsx)”后再导入</source>
        <translation>The file {0} is protected by an opening password (encrypted) or is not an xlsx file. Please remove the password in Excel, or save it as “Excel Workbook (*.xlsx)”, and import it again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/__init__.py" line="51" />
        <source>文件 {0} 不是有效的 xlsx 工作簿（可能已损坏，或只是改了扩展名）</source>
        <translation>The file {0} is not a valid xlsx workbook (it may be damaged, or only its extension was changed)</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/__init__.py" line="57" />
        <source>文件 {0} 不是有效的 xls 工作簿（可能已损坏，或只是改了扩展名）</source>
        <translation>The file {0} is not a valid xls workbook (it may be damaged, or only its extension was changed)</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/child.py" line="77" />
        <source>读取文件 {0} 超过 {1} 秒仍未完成，已中止并拒绝该文件。文件可能被恶意构造，请向报送单位重新索取</source>
        <translation>Reading the file {0} did not finish within {1} seconds; it was stopped and the file refused. The file may have been crafted to do harm; please ask the sender for it again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/child.py" line="83" />
        <source>读取文件 {0} 时读取程序异常退出（退出码 {1}），该文件未被读取。文件可能被恶意构造或已损坏，请向报送单位重新索取；其余文件不受影响</source>
        <translation>The reader stopped abnormally while reading the file {0} (exit code {1}); the file was not read. It may have been crafted to do harm or be damaged; please ask the sender for it again. The other files are not affected</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/child.py" line="88" />
        <source>无法读取文件 {0}（{1}），可能已损坏。请在 Excel 中打开并另存为 .xlsx 后再试</source>
        <translation>Cannot read the file {0} ({1}); it may be damaged. Please open it in Excel, save it as .xlsx and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/delimited.py" line="31" />
        <source>文件 {0} 的编码无法识别，请在 Excel 中另存为“CSV UTF-8”后再导入</source>
        <translation>The encoding of the file {0} cannot be recognised; please save it in Excel as “CSV UTF-8” and import it again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/delimited.py" line="45" />
        <source>文件 {0} 第 {1} 行不是有效的 CSV（{2}）</source>
        <translation>Row {1} of the file {0} is not valid CSV ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/delimited.py" line="50" />
        <source>文件 {0} 超过 {1} 行（空行也计算在内），超出本程序接受的范围，请删除多余的空行或拆分后再导入</source>
        <translation>The file {0} has more than {1} rows (empty rows count too), more than this program accepts; please delete the extra empty rows or split it before importing</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/delimited.py" line="53" />
        <source>文件 {0} 第 {1} 行有 {2} 列，超过 {3} 列的上限，已拒绝</source>
        <translation>Row {1} of the file {0} has {2} columns, over the limit of {3}; refused</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/delimited.py" line="59" />
        <source>文件 {0} 的单元格超过 {1} 个，超出本程序接受的范围，请拆分后再导入</source>
        <translation>The file {0} has more than {1} cells, more than this program accepts; please split it before importing</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/delimited.py" line="65" />
        <source>文件 {0} 第 {1} 行有一个单元格超过 {2} 个字符（Excel 一个单元格最多容纳这么多），可能不是台账名单或已损坏，已拒绝</source>
        <translation>Row {1} of the file {0} has a cell of more than {2} characters (the most an Excel cell holds); it may not be a register list, or it is damaged; refused</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/files.py" line="23" />
        <source>不支持的文件类型「{0}」：请选择 .xlsx、.xls 或 .csv 文件</source>
        <translation>Unsupported file type “{0}”: please choose an .xlsx, .xls or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/files.py" line="24" />
        <source>无扩展名</source>
        <translation>no extension</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/files.py" line="28" />
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/files.py" line="29" />
        <source>管道、设备或其他特殊文件</source>
        <translation>a pipe, a device or another special file</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/files.py" line="30" />
        <source>{0} 是{1}，不是普通文件，未读取。请选择 Excel 或 CSV 文件本身</source>
        <translation>{0} is {1}, not an ordinary file, and was not read. Please choose the Excel or CSV file itself</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/files.py" line="39" />
        <source>找不到文件 {0}，请确认文件位置是否正确</source>
        <translation>The file {0} was not found; please check where it is</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/package.py" line="35" />
        <source>文件 {0} 不是有效的 xlsx 工作簿（压缩结构损坏）</source>
        <translation>The file {0} is not a valid xlsx workbook (its compressed structure is damaged)</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/package.py" line="40" />
        <source>文件 {0} 内部条目过多（{1} 个），疑似恶意构造，已拒绝</source>
        <translation>The file {0} has too many entries inside ({1}); it looks crafted to do harm and was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/package.py" line="43" />
        <source>文件 {0} 内部有加密内容，无法读取</source>
        <translation>The file {0} has encrypted content inside and cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/package.py" line="47" />
        <source>文件 {0} 内部有重名或路径异常的条目，疑似恶意构造，已拒绝</source>
        <translation>The file {0} has entries with duplicate names or odd paths inside; it looks crafted to do harm and was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/package.py" line="50" />
        <source>文件 {0} 解压后超过 {1} MB，疑似“压缩炸弹”，已拒绝</source>
        <translation>The file {0} unpacks to more than {1} MB; it looks like a “zip bomb” and was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/package.py" line="54" />
        <source>文件 {0} 中的 {1} 压缩比异常（{2} 倍），疑似“压缩炸弹”，已拒绝</source>
        <translation>The entry {1} in the file {0} has an abnormal compression ratio ({2} times); it looks like a “zip bomb” and was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/reading.py" line="27" />
        <source>无法读取工作簿 {0}{1}（文件可能不完整或不是 Excel 文件）：{2}</source>
        <translation>Cannot read the workbook {0}{1} (the file may be incomplete or not an Excel file): {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/reading.py" line="68" />
        <source>文件 {0} 的工作表「{1}」有 {2} 行、{3} 列，超出本程序接受的范围（{4} 行、{5} 列），已拒绝</source>
        <translation>The sheet “{1}” of the file {0} has {2} rows and {3} columns, more than this program accepts ({4} rows, {5} columns); refused</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/guard/xml_parts.py" line="46" />
        <source>文件 {0} {1}</source>
        <translation>The file {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="77" />
        <source>「{0}」是文件夹，其中没有 .xlsx 报送表，未处理任何文件。请选择各街道的报送表文件，或存放报送表的文件夹</source>
        <translation>“{0}” is a folder without .xlsx workbooks in it; no file was processed. Please choose the offices' workbooks, or the folder that holds them</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="94" />
        <source>签名页缺少单位、月份或版本号</source>
        <translation>The signature sheet lacks the office, the month or the revision</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="97" />
        <source>{0}；请该街道安装新版计划后重新导出</source>
        <translation>{0}; the office should install the new plan and export again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="102" />
        <source>签名密钥（指纹 {0}）不在信任库中；请向{1}电话核对指纹后信任该密钥，或导入其公钥文件</source>
        <translation>The signing key (fingerprint {0}) is not in the trust store; please check the fingerprint with {1} by telephone and trust the key, or import its public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="116" />
        <source>同一文件已于此前合并（{0}），本次未作任何改动</source>
        <translation>The same file was merged before ({0}); nothing was changed this time</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="120" />
        <source>已合并该街道{0}的第{1}版，本文件是较早的第{2}版，未合并</source>
        <translation>Revision {1} of this office's {0} is already merged; this file is the earlier revision {2} and was not merged</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="128" />
        <source>已合并过另一份{0}第{1}版（内容不同）。同一版本号出现两份不同内容，请与该街道核实后，由其导出新版本</source>
        <translation>Another revision {1} of {0} (with different content) was merged before. Two different contents under one revision number: please check with the office and have it export a new revision</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="124" />
        <source>本文件（第{0}版）自称导出于 {1}，早于已合并的第{2}版（{3}）：新版本不可能比已接受的版本更早，未合并。请与该街道核实后由其重新导出</source>
        <translation>This file (revision {0}) claims to have been exported at {1}, before the merged revision {2} ({3}): a new revision cannot be older than an accepted one, so it was not merged. Please check with the office and have it export again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="131" />
        <source>文件完整，签名有效，密钥可信，可以合并</source>
        <translation>The file is intact, the signature valid and the key trusted: it can be merged</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="168" />
        <source>（台账以更晚月份为准，未替换）</source>
        <translation> (the registers keep a later month's, not replaced)</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="169" />
        <source>已合并 {0} 项指标、{1} 行台账{2}</source>
        <translation>Merged {0} indicators and {1} register rows{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/merge.py" line="137" />
        <location filename="../../desktop/exchange/merge.py" line="172" />
        <source>{0}。{1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/submission_read.py" line="44" />
        <source>本月值 {0} 不是数字、不适用、未填或节点状态</source>
        <translation>The month's value {0} is not a number, 不适用, 未填 or a milestone status</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/submission_read.py" line="46" />
        <source>本月值 {0} 不是有效数字</source>
        <translation>The month's value {0} is not a valid number</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/submission_read.py" line="62" />
        <source>指标进度第{0}行的编号 {1} 不在计划中</source>
        <translation>The indicator id {1} in row {0} of the indicator sheet is not in the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/submission_read.py" line="64" />
        <source>指标进度中编号 {0} 出现了两次</source>
        <translation>The indicator id {0} appears twice in the indicator sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/submission_read.py" line="69" />
        <source>指标进度第{0}行：{1}</source>
        <translation>Row {0} of the indicator sheet: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/submission_read.py" line="100" />
        <source>文件中没有「{0}」工作表</source>
        <translation>The file has no sheet “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/cells.py" line="30" />
        <source>逻辑值不是数字</source>
        <translation>A logical value is not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/cells.py" line="59" />
        <location filename="../../desktop/exchange/workbook/cells.py" line="61" />
        <source>{0} 不是整数</source>
        <translation>{0} is not a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/cells.py" line="71" />
        <source>{0} 不是数字</source>
        <translation>{0} is not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/cells.py" line="89" />
        <source>{0} 不是日期</source>
        <translation>{0} is not a date</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/cells.py" line="108" />
        <source>{0} 不是“是/否”</source>
        <translation>{0} is not “是/否” (yes/no)</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="56" />
        <source>文件中没有数字签名：不是本程序导出的报送表，或签名页已被删除</source>
        <translation>The file has no digital signature: it was not exported by this program, or its signature sheet was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="61" />
        <source>签名页无法读取：{0}</source>
        <translation>The signature sheet cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="64" />
        <source>签名页缺少字段：{0}</source>
        <translation>The signature sheet lacks the fields: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="66" />
        <source>报送表格式版本 {0} 不是本程序支持的 {1}</source>
        <translation>The workbook format {0} is not the {1} this program supports</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="75" />
        <source>签名页内容损坏：{0}</source>
        <translation>The signature sheet is damaged: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="81" />
        <source>工作表被增加、删除、改名或调换了顺序</source>
        <translation>Sheets were added, deleted, renamed or reordered</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="99" />
        <source>工作表「{0}」的行数与签名时不同</source>
        <translation>The sheet “{0}” has a different number of rows than when it was signed</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="102" />
        <source>有单元格内容与签名时的类型不符：{0}</source>
        <translation>A cell's content does not have the type it had when signed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="104" />
        <source>签名页的表结构说明损坏：{0}</source>
        <translation>The signature sheet's description of the tables is damaged: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="106" />
        <source>数据内容与签名时不同：有单元格被修改、增加、删除或调换</source>
        <translation>The data differ from what was signed: cells were changed, added, deleted or swapped</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="108" />
        <source>签名页中的公钥与指纹不符</source>
        <translation>The public key in the signature sheet does not match the fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="110" />
        <source>数字签名无效：签名与内容不符，可能被伪造</source>
        <translation>The digital signature is invalid: it does not match the content and may be forged</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/reader.py" line="116" />
        <source>内容已被改动：{0}</source>
        <translation>The content was changed. {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/writer.py" line="157" />
        <source>写出后回读校验失败（{0}），未保存文件，请重试或联系技术支持</source>
        <translation>Reading the written file back failed its check ({0}); the file was not saved. Please try again or contact technical support</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/workbook/writer.py" line="219" />
        <source>无法写入 {0}：{1}。请检查磁盘空间和文件夹写入权限；原有文件未受影响</source>
        <translation>Cannot write {0}: {1}. Please check the disk space and the folder's write permission; the existing file is unaffected</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/answers.py" line="85" />
        <source>没有编号为 {0} 的意见，请用 feedback list 查看</source>
        <translation>There is no comment number {0}; see feedback list</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/answers.py" line="89" />
        <source>请写明答复（核实情况或更正说明）</source>
        <translation>Please write an answer (what was checked or corrected)</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/answers.py" line="91" />
        <source>答复超过 {0} 字，请精简</source>
        <translation>The answer is longer than {0} characters; please shorten it</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/answers.py" line="93" />
        <source>台账记录请在台账页中更正，这里只写答复说明</source>
        <translation>Register records are corrected on the register page; write only the answer here</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="41" />
        <source>{0}：状态 {1} 应为 {2} 之一</source>
        <translation>{0}: the status {1} should be one of {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="49" />
        <source>{0}：请写明意见内容</source>
        <translation>{0}: please write the comment</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="51" />
        <source>{0}：意见超过 {1} 字，请精简</source>
        <translation>{0}: the comment is longer than {1} characters; please shorten it</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="59" />
        <source>{0}：计划中没有编号为 {1} 的指标</source>
        <translation>{0}: the plan has no indicator with the id {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="68" />
        <source>{0}：计划中没有台账 {1}。可选：{2}</source>
        <translation>{0}: the plan has no register {1}. Choose from: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="70" />
        <source>{0}：记录编号 {1} 应为正整数</source>
        <translation>{0}: the record number {1} should be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="73" />
        <source>{0}：该街道报送的「{1}」中没有记录编号 {2}，请核对后再写意见</source>
        <translation>{0}: the office's “{1}” has no record number {2}; please check before writing the comment</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="94" />
        <source>无法读取意见文件 {0}：{1}。请保存为 UTF-8 编码的 CSV</source>
        <translation>Cannot read the comments file {0}: {1}. Please save it as CSV in UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/comments.py" line="97" />
        <source>意见文件 {0} 第一行应为：{1}</source>
        <translation>The first row of the comments file {0} should be: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/inbox.py" line="44" />
        <source>退回意见未导入：{0}</source>
        <translation>The district's comments were not imported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/inbox.py" line="78" />
        <source>退回意见由区里发给街道，请在街道的数据库中导入</source>
        <translation>The district's comments go from the district to an office; please import them in the office's database</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/status.py" line="85" />
        <source>「{0}」第{1}行的{2} {3} 不是正整数</source>
        <translation>{2} {3} in row {1} of “{0}” is not a positive whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/status.py" line="98" />
        <source>「{0}」的表头与本程序的格式不同</source>
        <translation>The header of “{0}” differs from this program's format</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/status.py" line="106" />
        <source>「{0}」中第{1}号意见第{2}条出现了两次</source>
        <translation>Item {2} of comment {1} appears twice in “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/write.py" line="57" />
        <source>第{0}条意见的对象、状态或内容不完整（{1} {2}），未生成文件</source>
        <translation>Comment {0} lacks its object, status or text ({1} {2}); no file was written</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/write.py" line="78" />
        <source>退回意见只能由区汇总数据库生成；街道请在录入页导入区里发来的意见</source>
        <translation>Comments can only be made in the district's database; an office imports the district's comments on the entry page</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/write.py" line="82" />
        <source>单位代码 {0} 不在本区的报送单位中，请用报送情况页上的代码</source>
        <translation>The office code {0} is not among this district's reporting offices; please use a code from the submissions page</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/write.py" line="85" />
        <source>请至少写一条意见（--comment、--record 或 --from）</source>
        <translation>Please write at least one comment (--comment, --record or --from)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="51" />
        <source>{0}计划（[plan]）</source>
        <translation>{0}plan ([plan])</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="57" />
        <source>report_deadline_day 应为 1–28 之间的整数</source>
        <translation>report_deadline_day should be a whole number from 1 to 28</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="101" />
        <location filename="../../desktop/security/keys.py" line="249" />
        <source>缺少 {0}</source>
        <translation>{0} is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="108" />
        <source>{0} 应为 {1}–{2} 之间的整数</source>
        <translation>{0} should be a whole number from {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="121" />
        <source>{0} 应为数字，实为 {1}</source>
        <translation>{0} should be a number, not {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="127" />
        <location filename="../../desktop/plan/rule_load.py" line="30" />
        <source>编号 {0} 重复</source>
        <translation>the id {0} appears twice</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="134" />
        <source>{0}领域 {1}</source>
        <translation>{0}area {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="143" />
        <source>{0}措施 {1}</source>
        <translation>{0}measure {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="146" />
        <source>所属领域 {0} 不存在</source>
        <translation>The area {0} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="154" />
        <location filename="../../desktop/plan/loader.py" line="338" />
        <source>{0}指标 {1}（{2}）</source>
        <translation>{0}indicator {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="158" />
        <source>所属措施 {0} 不存在</source>
        <translation>The measure {0} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="161" />
        <source>未知的指标类型 {0}（应为 {1} 之一）</source>
        <translation>Unknown indicator kind {0} (should be one of {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="164" />
        <source>缺少计量单位 unit</source>
        <translation>The unit of measure (unit) is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="167" />
        <source>方向 direction 应为 at_least 或 at_most，实为 {0}</source>
        <translation>direction should be at_least or at_most, not {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="171" />
        <source>范围 scope 应为 office 或 district，实为 {0}</source>
        <translation>scope should be office or district, not {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="175" />
        <source>目标不能为负数</source>
        <translation>A target cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="177" />
        <source>百分比目标不能超过100</source>
        <translation>A percentage target cannot exceed 100</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="180" />
        <source>分解到街道的指标需写明 split = "share"（相加等于全区目标）或 "same"（各街道相同）</source>
        <translation>An indicator split among the offices needs split = "share" (the shares add up to the district's target) or "same" (every office the same)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="184" />
        <source>只有 derived 类型的指标才能写 source</source>
        <translation>Only an indicator of kind derived can have a source</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="188" />
        <source>每月上限 max_month 应为正数</source>
        <translation>The monthly ceiling max_month should be a positive number</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="191" />
        <source>截止月份 due 应写成 YYYY-MM，实为 {0}</source>
        <translation>The due month (due) should be written YYYY-MM, not {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="207" />
        <source>分阶段目标的截止月份应写成 YYYY-MM，实为 {0}</source>
        <translation>A stage target's month should be written YYYY-MM, not {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="210" />
        <source>分阶段目标 {0} 的百分比应在 0–100 之间</source>
        <translation>The percentage of the stage target {0} should be from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="213" />
        <source>分阶段目标应按时间先后排列，且百分比逐级提高</source>
        <translation>Stage targets should follow in time, each with a higher percentage</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="220" />
        <source>台账统计指标的来源台账 {0} 不存在</source>
        <translation>The source register {0} of a register-counted indicator does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="228" />
        <source>台账 {0} 没有子记录 {1}</source>
        <translation>The register {0} has no child log {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="233" />
        <source>来源的 aggregate 应为 count 或 sum</source>
        <translation>The source's aggregate should be count or sum</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="236" />
        <source>来源字段 {0} = {1} 在台账中不存在</source>
        <translation>The source field {0} = {1} does not exist in the register</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="240" />
        <source>来源条件字段 {0} 在台账中不存在</source>
        <translation>The source's condition field {0} does not exist in the register</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="246" />
        <source>{0}{1} 字段 {2}（{3}）</source>
        <translation>{0}{1} field {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="253" />
        <source>未知的字段类型 {0}（应为 {1} 之一）</source>
        <translation>Unknown field type {0} (should be one of {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="258" />
        <source>选项表 {0} 不存在</source>
        <translation>The choice list {0} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="263" />
        <source>小数字段需写明 places（0–6 位小数）</source>
        <translation>A decimal field needs places (0 to 6 decimals)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="265" />
        <source>未知的派生规则 {0}</source>
        <translation>Unknown derivation rule {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="280" />
        <source>{0}台账 {1}（{2}）</source>
        <translation>{0}register {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="284" />
        <source>没有字段</source>
        <translation>No fields</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="287" />
        <source>{0} 子记录 {1}</source>
        <translation>{0} child log {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="298" />
        <source>{0}街道 {1}（{2}）</source>
        <translation>{0}office {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="302" />
        <source>街道名称 {0} 重复</source>
        <translation>The office name {0} appears twice</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="306" />
        <source>至少要有一个社区</source>
        <translation>At least one community is needed</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="317" />
        <source>{0}任务分解 [{1}] {2}</source>
        <translation>{0}assignment [{1}] {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="320" />
        <source>该街道不在街道名单中</source>
        <translation>This office is not in the list of offices</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="324" />
        <source>该指标不存在</source>
        <translation>This indicator does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="327" />
        <source>该指标不分解到街道，不能有街道任务</source>
        <translation>This indicator is not split among the offices and cannot have office targets</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="332" />
        <source>任务不能为负数</source>
        <translation>A target cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="340" />
        <source>分解到街道的指标没有任何街道任务</source>
        <translation>An indicator split among the offices has no office targets</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="342" />
        <source>各街道任务合计 {0}，与全区目标 {1} 不一致</source>
        <translation>The office targets add up to {0}, not the district's target {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/loader.py" line="345" />
        <source>各街道目标应与全区目标 {0} 相同</source>
        <translation>Every office's target should equal the district's target {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/store.py" line="25" />
        <source>数据库中还没有计划，请先初始化（street-ledger init）</source>
        <translation>The database has no plan yet; please initialise it first (street-ledger init)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_export.py" line="107" />
        <source>区里导出的计划需用区里的签名密钥签名，请提供签名密钥口令</source>
        <translation>A plan exported by the district must be signed with the district's signing key; please give the key's passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="76" />
        <source>计划工作簿未导入：{0}</source>
        <translation>The plan workbook was not imported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="100" />
        <source>计划工作簿未通过签名校验，未导入：{0}。街道只能安装区里签名且未经改动的计划，请向区里重新索取</source>
        <translation>The plan workbook failed its signature check and was not imported: {0}. An office can only install a plan signed by the district and unchanged; please ask the district for it again</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="103" />
        <source>该文件不是计划工作簿（可能是报送表或汇总表），未导入</source>
        <translation>This file is not a plan workbook (perhaps a submission or a consolidated report); not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="107" />
        <source>计划工作簿的签名密钥（指纹 {0}）不是本街道信任的区里密钥（指纹 {1}），未导入。如区里更换了密钥，请与区里电话核实</source>
        <translation>The plan workbook's signing key (fingerprint {0}) is not the district key this office trusts (fingerprint {1}); not imported. If the district changed its key, please check with the district by telephone</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="111" />
        <source>计划工作簿由 {0} 签名，不是区里签发的，未导入</source>
        <translation>The plan workbook was signed by {0}, not issued by the district; not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="112" />
        <source>未知单位</source>
        <translation>unknown office</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="114" />
        <source>首次导入区里的计划：签名密钥指纹为 {0}。请打电话向区里逐组核对该指纹，一致后再导入并确认该指纹（命令行：--trust-fingerprint "指纹"）</source>
        <translation>First import of the district's plan: the signing key's fingerprint is {0}. Please telephone the district and check the fingerprint group by group; when it matches, import again and confirm the fingerprint (command line: --trust-fingerprint "FINGERPRINT")</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="117" />
        <source>确认的指纹 {0} 与计划工作簿的签名密钥指纹 {1} 不符，未导入。请重新与区里核对</source>
        <translation>The confirmed fingerprint {0} does not match the plan workbook's signing key fingerprint {1}; not imported. Please check with the district again</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="133" />
        <source>计划工作簿的内容与签名时记录的计划不一致，未导入，请向区里重新索取</source>
        <translation>The plan workbook's content differs from the plan recorded when it was signed; not imported. Please ask the district for it again</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_import.py" line="136" />
        <source>计划工作簿是第{0}版，不比本库现行的第{1}版新，未导入。如需修改计划，请把「说明」中的版本改为更大的数字</source>
        <translation>The plan workbook is version {0}, not newer than version {1} in force here; not imported. To change the plan, raise the version in “说明” to a larger number</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="28" />
        <source>「{0}」第{1}行</source>
        <translation>“{0}” row {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="29" />
        <source>「{0}」</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="46" />
        <location filename="../../desktop/plan/workbook_parse.py" line="125" />
        <source>缺少该工作表（请勿删除或改名工作表）</source>
        <translation>The sheet is missing (please do not delete or rename sheets)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="54" />
        <source>缺少列「{0}」（请勿删除或改名列名）</source>
        <translation>The columns “{0}” are missing (please do not delete or rename column headers)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="66" />
        <source>「{0}」应填“是”或“否”，实为 {1}</source>
        <translation>“{0}” should be “是” or “否”, not {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="77" />
        <source>「{0}」应为整数，实为 {1}</source>
        <translation>“{0}” should be a whole number, not {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="82" />
        <source>「{0}」{1} 只能用小写英文字母、数字和下划线，且不以数字开头</source>
        <translation>“{0}” {1} may only use lower-case letters, digits and underscores, and not start with a digit</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="149" />
        <source>「{0}」{1} 应写成“字段编号=值1、值2”，多个条件用“；”分隔</source>
        <translation>“{0}” {1} should be written “field=value1、value2”, several conditions separated by “；”</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="168" />
        <source>「分阶段目标」{0} 应写成“2023-10:50%；2024-06:80%”</source>
        <translation>“分阶段目标” {0} should be written “2023-10:50%；2024-06:80%”</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="207" />
        <source>台账 {0} 的名称「{1}」与前面的行「{2}」不同</source>
        <translation>The register {0} is named “{1}”, unlike “{2}” in the rows above</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="214" />
        <source>子记录 {0} 的名称「{1}」与前面的行「{2}」不同</source>
        <translation>The child log {0} is named “{1}”, unlike “{2}” in the rows above</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="225" />
        <source>选项表名称和选项都要填写</source>
        <translation>Both the choice list's name and its options must be filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="229" />
        <source>选项表 {0} 中的选项「{1}」重复</source>
        <translation>The option “{1}” appears twice in the choice list {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="247" />
        <source>街道 {0} 的指标 {1} 已在{2}分解过，不能重复</source>
        <translation>The indicator {1} of office {0} was already split in {2}; it cannot be split twice</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/workbook_parse.py" line="252" />
        <source>街道 {0} 的指标 {1} 没有填写任务</source>
        <translation>The indicator {1} of office {0} has no target filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/registers/pasted_source.py" line="27" />
        <source>剪贴板中没有表格内容。请先在 Excel 或 WPS 中选中要导入的行（可含表头）并复制，再粘贴</source>
        <translation>The clipboard holds no table. Please select the rows to import in Excel or WPS (the header may be included), copy them, then paste</translation>
    </message>
    <message>
        <location filename="../../desktop/security/audit_log.py" line="84" />
        <source>无法写入 {0}：{1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="34" />
        <source>公钥文件格式不正确：{0}</source>
        <translation>The public key file is not in the right format: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="48" />
        <source>公钥长度不正确（应为 32 字节）</source>
        <translation>The public key has the wrong length (it should be 32 bytes)</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="150" />
        <source>{0}不能为空、不能换行或首尾带空格</source>
        <translation>{0} cannot be empty, contain a line break or start or end with spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="165" />
        <source>新密钥与旧密钥相同，无需更换</source>
        <translation>The new key is the same as the old one; nothing to change</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="198" />
        <source>密钥更换声明与本公钥不符或签名无效</source>
        <translation>The key change statement does not match this public key, or its signature is invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="223" />
        <source>{0} 不是有效的 base64</source>
        <translation>{0} is not valid base64</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="225" />
        <source>{0} 长度不正确（应为 {1} 字节）</source>
        <translation>{0} has the wrong length (it should be {1} bytes)</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="232" />
        <source>缺少开始标记行</source>
        <translation>the BEGIN line is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="234" />
        <source>缺少结束标记行</source>
        <translation>the END line is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="237" />
        <source>开始标记之前有多余内容</source>
        <translation>there is extra content before the BEGIN line</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="239" />
        <source>结束标记之后有多余内容</source>
        <translation>there is extra content after the END line</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="244" />
        <source>无法识别的行：{0}</source>
        <translation>unrecognised line: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="246" />
        <source>{0} 重复出现</source>
        <translation>{0} appears twice</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="253" />
        <source>指纹与公钥不一致，文件可能被改动</source>
        <translation>The fingerprint does not match the public key; the file may have been changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="256" />
        <source>密钥更换信息不完整</source>
        <translation>The key change information is incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="260" />
        <source>Replaces 指纹与旧公钥不一致</source>
        <translation>The Replaces fingerprint does not match the old public key</translation>
    </message>
    <message>
        <location filename="../../desktop/security/keys.py" line="266" />
        <source>密钥更换签名无效</source>
        <translation>The key change signature is invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/security/roles.py" line="72" />
        <source>请先登录：此操作需要已登录的用户</source>
        <translation>Please sign in first: this needs a signed-in user</translation>
    </message>
    <message>
        <location filename="../../desktop/security/roles.py" line="74" />
        <source>当前用户 {0}（{1}）无权执行：{2}。请由有权限的用户操作，或请管理员调整角色</source>
        <translation>The current user {0} ({1}) may not {2}. Please have a user with that permission do it, or ask the administrator to change the role</translation>
    </message>
    <message>
        <location filename="../../desktop/security/signing.py" line="55" />
        <source>本单位还没有签名密钥，请由管理员在初始化时生成</source>
        <translation>This office has no signing key yet; the administrator creates one when setting up</translation>
    </message>
    <message>
        <location filename="../../desktop/security/signing.py" line="83" />
        <source>文件 {0} 已存在，未覆盖。请换一个文件名</source>
        <translation>The file {0} already exists and was not overwritten. Please choose another file name</translation>
    </message>
    <message>
        <location filename="../../desktop/security/signing.py" line="90" />
        <source>无法写入 {0}：{1}。请检查文件夹是否存在、是否可写</source>
        <translation>Cannot write {0}: {1}. Please check that the folder exists and can be written to</translation>
    </message>
    <message>
        <location filename="../../desktop/security/signing.py" line="123" />
        <source>签名密钥口令不能与您的登录密码相同，请另设一个口令</source>
        <translation>The signing key's passphrase cannot be your sign-in password; please choose another passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/security/trust.py" line="85" />
        <source>无法读取公钥文件 {0}：{1}</source>
        <translation>Cannot read the public key file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/security/trust.py" line="100" />
        <source>密钥更换声明由 {0} 的密钥签名，却用于 {1}，未导入</source>
        <translation>The key change statement is signed with the key of {0} but is used for {1}; not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/security/trust.py" line="103" />
        <source>签署更换声明的旧密钥（{0}）已吊销，不能据此信任新密钥。请电话核对新密钥指纹后，由区汇总确认导入</source>
        <translation>The old key that signed the change statement ({0}) is revoked, so the new key cannot be trusted on its word. Please check the new key's fingerprint by telephone and have the district confirm the import</translation>
    </message>
    <message>
        <location filename="../../desktop/security/trust.py" line="108" />
        <source>请用 --office 指明该公钥属于哪个街道（如 --office NHL）</source>
        <translation>Please say with --office which office the public key belongs to (such as --office NHL)</translation>
    </message>
    <message>
        <location filename="../../desktop/security/trust.py" line="110" />
        <source>公钥文件属于 {0}（{1}），与指定的街道 {2} 不符，未导入</source>
        <translation>The public key file belongs to {0} ({1}), not to the office {2} given; not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/security/trust.py" line="132" />
        <source>该密钥（{0}）已被信任为 {1} 的密钥，不能再绑定到 {2}</source>
        <translation>The key ({0}) is already trusted as the key of {1} and cannot also be bound to {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/security/trust.py" line="154" />
        <source>信任库中没有指纹为 {0} 的密钥，请用 trust list 查看</source>
        <translation>The trust store has no key with the fingerprint {0}; see trust list</translation>
    </message>
    <message>
        <location filename="../../desktop/security/trust.py" line="160" />
        <source>截止日期 {0} 应写成 YYYY-MM-DD，如 2023-05-01</source>
        <translation>The deadline {0} should be written YYYY-MM-DD, such as 2023-05-01</translation>
    </message>
    <message>
        <location filename="../../desktop/security/users.py" line="27" />
        <source>角色 {0} 不存在，可选：{1}</source>
        <translation>The role {0} does not exist; choose from: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/security/users.py" line="30" />
        <source>请填写用户名</source>
        <translation>Please enter a user name</translation>
    </message>
    <message>
        <location filename="../../desktop/security/users.py" line="32" />
        <source>用户 {0} 已存在</source>
        <translation>The user {0} already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/security/users.py" line="42" />
        <source>原密码不正确，密码未修改</source>
        <translation>The old password is wrong; the password was not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security/users.py" line="54" />
        <source>用户 {0} 不存在</source>
        <translation>The user {0} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/system/backups.py" line="52" />
        <source>备份文件夹 {0} 不可写：{1}。请换一个文件夹或插好 U 盘</source>
        <translation>The backup folder {0} cannot be written to: {1}. Please choose another folder or plug in the USB drive</translation>
    </message>
    <message>
        <location filename="../../desktop/system/backups.py" line="137" />
        <source>{0} 不是本程序的数据库或已损坏：{1}</source>
        <translation>{0} is not this program's database or is damaged: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/system/backups.py" line="139" />
        <source>备份 {0} 已损坏（integrity_check 未通过），不能恢复</source>
        <translation>The backup {0} is damaged (integrity_check failed) and cannot be restored</translation>
    </message>
    <message>
        <location filename="../../desktop/system/backups.py" line="141" />
        <source>{0} 不是本程序的数据库（没有单位信息）</source>
        <translation>{0} is not this program's database (it has no office information)</translation>
    </message>
    <message>
        <location filename="../../desktop/system/backups.py" line="143" />
        <source>备份 {0} 属于单位 {1}，不是本单位（{2}）的数据库，不能恢复</source>
        <translation>The backup {0} belongs to office {1}, not to this office ({2}); it cannot be restored</translation>
    </message>
    <message>
        <location filename="../../desktop/system/backups.py" line="179" />
        <source>无法读取备份 {0}：{1}</source>
        <translation>Cannot read the backup {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/system/backups.py" line="186" />
        <source>恢复失败：{0}。原数据库未被替换</source>
        <translation>Restore failed: {0}. The database was not replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/system/provision.py" line="50" />
        <source>请填写管理员用户名</source>
        <translation>Please enter the administrator's user name</translation>
    </message>
    <message>
        <location filename="../../desktop/system/provision.py" line="54" />
        <source>签名密钥口令不能与管理员登录密码相同，请另设一个口令</source>
        <translation>The signing key's passphrase cannot be the administrator's sign-in password; please choose another passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/system/provision.py" line="61" />
        <source>市级数据库需要自己的代码和名称（如 --code NJ --name 南京市），代码不能是 DISTRICT</source>
        <translation>A city database needs its own code and name (such as --code NJ --name 南京市); the code cannot be DISTRICT</translation>
    </message>
    <message>
        <location filename="../../desktop/system/provision.py" line="69" />
        <source>街道代码 {0} 不在计划的街道名单中。可选：{1}</source>
        <translation>The office code {0} is not in the plan's list of offices. Choose from: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/system/provision.py" line="75" />
        <source>数据库 {0} 已经初始化过（{1}），不会覆盖</source>
        <translation>The database {0} is already set up ({1}) and will not be overwritten</translation>
    </message>
    <message>
        <location filename="../../desktop/unit.py" line="34" />
        <source>该数据库尚未初始化，请先运行 street-ledger init 或在窗口中完成设置向导</source>
        <translation>This database is not set up yet; please run street-ledger init or finish the setup wizard in the window</translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="39" />
        <source>用户 {0}，</source>
        <translation>user {0}, </translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="40" />
        <source>电脑 {0}，</source>
        <translation>computer {0}, </translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="42" />
        <source>已在窗口中打开（{0}{1}进程号 {2}，{3} 起）</source>
        <translation>is open in a window ({0}{1}process {2}, since {3})</translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="44" />
        <source>正由命令 {0} 使用（{1}{2}进程号 {3}，{4} 起）</source>
        <translation>is in use by the command {0} ({1}{2}process {3}, since {4})</translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="46" />
        <source>正由命令行程序使用（{0}{1}进程号 {2}，{3} 起）</source>
        <translation>is in use by a command-line program ({0}{1}process {2}, since {3})</translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="136" />
        <source>正被另一个窗口或命令行程序使用</source>
        <translation>is in use by another window or command-line program</translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="138" />
        <source>请切换到那个窗口继续工作；如果是命令行程序，请等它结束后再打开。</source>
        <translation>Please switch to that window and go on working there; if it is a command-line program, wait until it ends and open the database again.</translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="140" />
        <source>请在该窗口中完成此操作，或先关闭该窗口（退出程序）后再运行此命令；只查看数据的命令可以照常运行。</source>
        <translation>Please do this in that window, or close it (quit the program) before running this command; commands that only read data can run as usual.</translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="142" />
        <source>请等它结束后再运行此命令。</source>
        <translation>Please wait until it ends, then run this command again.</translation>
    </message>
    <message>
        <location filename="../../desktop/system/instance_lock.py" line="143" />
        <source>数据库 {0} {1}，为防止数据丢失，现在不能修改它。{2}</source>
        <translation>The database {0} {1}; to prevent data loss it cannot be changed now. {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/rule_check.py" line="130" />
        <source>计划中没有编号为 {0} 的审核公式，请核对 --explain 的编号（本计划的审核公式：{1}）</source>
        <translation>The plan has no audit rule {0}; check the rule id given to --explain (this plan's audit rules: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/entry/rule_check.py" line="138" />
        <source>审核公式 {0} 未通过（{1}）：{2}。该公式为“必须”，需写明说明后才能导出（{3}）</source>
        <translation>Audit rule {0} fails ({1}): {2}. The rule is required (必须): write an explanation before exporting ({3})</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rule_load.py" line="18" />
        <location filename="../../desktop/plan/rule_load.py" line="22" />
        <source>审核公式（[[rules]]）</source>
        <translation>Audit rules ([[rules]])</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rule_load.py" line="18" />
        <source>应为一组审核公式</source>
        <translation>should be a list of audit rules</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rule_load.py" line="22" />
        <source>无法读取 {0}</source>
        <translation>cannot read {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rule_load.py" line="26" />
        <source>{0}审核公式 {1}</source>
        <translation>{0}audit rule {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rule_load.py" line="28" />
        <source>缺少编号 id</source>
        <translation>the id is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rule_load.py" line="34" />
        <source>关系 op 应为 ≤ &lt; ≥ &gt; = ≠ 之一，实为 {0}</source>
        <translation>the relation op should be one of ≤ &lt; ≥ &gt; = ≠, not {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rule_load.py" line="37" />
        <source>重要程度 importance 应为“必须”或“提示”，实为 {0}</source>
        <translation>the importance should be 必须 (required) or 提示 (warning), not {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rule_load.py" line="40" />
        <source>缺少提示信息 message（未通过时显示给填报人）</source>
        <translation>the message is missing (shown to the clerk when the rule fails)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="91" />
        <source>公式为空</source>
        <translation>the formula is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="93" />
        <source>公式超过 {0} 个字符</source>
        <translation>the formula is longer than {0} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="97" />
        <source>“{0}”不是有效的公式，请写成例如 累计(reemployed) 或 合计(parking, completed)</source>
        <translation>“{0}” is not a valid formula; write for example 累计(reemployed) or 合计(parking, completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="99" />
        <source>公式过长，请拆成几条审核公式</source>
        <translation>the formula is too long; split it into several audit rules</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="108" />
        <source>公式只能用 +、−、× 和括号</source>
        <translation>a formula may use only +, −, × and brackets</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="116" />
        <source>公式中不能出现“{0}”</source>
        <translation>“{0}” may not appear in a formula</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="123" />
        <source>“{0}”不是数字（只能写 12 或 0.5 这样的数）</source>
        <translation>“{0}” is not a number (write numbers such as 12 or 0.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="127" />
        <source>“{0}”不是数字</source>
        <translation>“{0}” is not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="132" />
        <source>{0}应写编号，例如 reemployed</source>
        <translation>the {0} should be written as its id, for example reemployed</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="140" />
        <source>{0}(…) 的括号里只写一个指标编号，例如 {1}(new_jobs)</source>
        <translation>{0}(…) takes one indicator id in its brackets, for example {1}(new_jobs)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="148" />
        <source>{0}(…) 应写成例如 {1}（条件最多一个）</source>
        <translation>{0}(…) should read for example {1} (one condition at most)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="155" />
        <source>条件应写成 字段编号=值</source>
        <translation>a condition should read field_id=value</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="159" />
        <source>不认识的函数“{0}”（只能用 本月、累计、计数、合计）</source>
        <translation>unknown function “{0}” (only 本月, 累计, 计数, 合计)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/rules.py" line="170" />
        <source>条件的值应写成文字，例如 status=已完工 或 status="已完工"</source>
        <translation>a condition's value should be text, for example status=已完工 or status="已完工"</translation>
    </message>
    <message>
        <location filename="../../desktop/district/register_summary.py" line="128" />
        <source>台账汇总第{0}行的条数 {1} 不是整数</source>
        <translation>Row {0} of 台账汇总 (register summary): the count {1} is not a whole number</translation>
    </message>
</context>
<context>
    <name>excepthook</name>
    <message>
        <location filename="../../ui/excepthook.py" line="26" />
        <source>操作未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../ui/excepthook.py" line="30" />
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/excepthook.py" line="31" />
        <source>程序遇到意外错误，刚才的操作可能没有完成；已保存的数据不受影响。

错误：{0}
详细信息已写入日志：{1}</source>
        <translation>The program met an unexpected error; the last action may not have finished. Saved data is not affected.

Error: {0}
Details are in the log: {1}</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="61" />
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="63" />
        <source>{0} 文件</source>
        <translation>{0} file</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="64" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="102" />
        <source>不能选择该文件</source>
        <translation>This file cannot be chosen</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="103" />
        <source>这是正在使用的数据库文件（或它的附属文件），不能在这里选择。请选择其他文件。</source>
        <translation>This is the database in use (or one of its companion files); it cannot be chosen here. Please choose another file.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="64" />
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="65" />
        <source>指标填报</source>
        <translation>Indicator entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="69" />
        <source>导出报送</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="71" />
        <source>汇总合并</source>
        <translation>Verify &amp; merge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="73" />
        <source>报送情况</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="74" />
        <source>信任密钥</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="76" />
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="78" />
        <source>计划与任务</source>
        <translation>Plan and targets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="79" />
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="81" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>paper_copy</name>
    <message>
        <location filename="../../ui/paper_copy.py" line="78" />
        <source>报送表校验未通过（{0}），不能打印纸质版</source>
        <translation>The workbook does not verify ({0}); no paper copy can be made</translation>
    </message>
    <message>
        <location filename="../../ui/paper_copy.py" line="108" />
        <source>填报人：</source>
        <translation>Filled in by:</translation>
    </message>
    <message>
        <location filename="../../ui/paper_copy.py" line="108" />
        <source>审核人：</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <location filename="../../ui/paper_copy.py" line="108" />
        <source>单位负责人：</source>
        <translation>Head of office:</translation>
    </message>
    <message>
        <location filename="../../ui/paper_copy.py" line="108" />
        <source>（单位盖章）</source>
        <translation>(office seal)</translation>
    </message>
    <message>
        <location filename="../../ui/paper_copy.py" line="108" />
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/paper_copy.py" line="127" />
        <source>{0}（纸质版）</source>
        <translation>{0} (paper copy)</translation>
    </message>
    <message>
        <location filename="../../ui/paper_copy.py" line="137" />
        <source>无法写入 {0}：{1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/main_window.py" line="17" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="18" />
        <source>填报人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="19" />
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="20" />
        <source>区汇总</source>
        <translation>District supervisor</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../desktop/district/statuses.py" line="15" />
        <location filename="../../desktop/plan/statuses.py" line="46" />
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="15" />
        <location filename="../../desktop/district/statuses.py" line="16" />
        <location filename="../../desktop/district/statuses.py" line="17" />
        <location filename="../../desktop/district/statuses.py" line="23" />
        <location filename="../../desktop/exchange/statuses.py" line="39" />
        <location filename="../../desktop/plan/statuses.py" line="46" />
        <source>无需处理</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="16" />
        <source>超序时</source>
        <translation>Ahead of time elapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="17" />
        <source>按序时</source>
        <translation>In step with time elapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="18" />
        <source>慢于序时</source>
        <translation>Behind time elapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="19" />
        <source>督促滞后街道加快推进，并在通报中列出</source>
        <translation>Urge the offices behind to speed up, and name them in the bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="20" />
        <source>未报送</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="21" />
        <source>按催报清单催报</source>
        <translation>Chase by the chase list</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="22" />
        <location filename="../../desktop/plan/statuses.py" line="35" />
        <source>未填</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="22" />
        <location filename="../../desktop/plan/statuses.py" line="35" />
        <source>请填写本月数值</source>
        <translation>Enter this month's value</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="23" />
        <source>无目标</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="29" />
        <source>缺报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="29" />
        <source>电话催报</source>
        <translation>Call the office</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="30" />
        <source>待报送</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="30" />
        <source>提醒截止日期</source>
        <translation>Remind the office of the deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="31" />
        <source>迟报</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="31" />
        <source>提醒今后按时报送</source>
        <translation>Remind the office to send on time</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="32" />
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="32" />
        <source>请该街道重新导出</source>
        <translation>Ask the office to export again</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="33" />
        <source>同版本冲突</source>
        <translation>Conflicting revision</translation>
    </message>
    <message>
        <location filename="../../desktop/district/statuses.py" line="34" />
        <location filename="../../desktop/exchange/statuses.py" line="67" />
        <source>与该街道核实后，由其导出新版本</source>
        <translation>Check with the office, then have it export a new revision</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="36" />
        <source>校验通过</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="37" />
        <source>可以合并</source>
        <translation>Ready to merge</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="38" />
        <source>已合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="40" />
        <source>重复导入</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="41" />
        <source>无需处理：同一文件此前已合并</source>
        <translation>Nothing to do: the same file was merged before</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="42" />
        <source>已有更高版本</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="43" />
        <source>无需处理：已合并该街道的更高版本</source>
        <translation>Nothing to do: a higher revision from this office is merged</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="44" />
        <source>未知密钥</source>
        <translation>Unknown key</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="45" />
        <source>电话核对密钥指纹后信任该密钥，或导入其公钥文件，再重新校验</source>
        <translation>Check the key fingerprint by phone and trust the key, or import its public key file, then verify again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="46" />
        <source>计划版本不符</source>
        <translation>Other plan version</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="47" />
        <source>请该街道安装区里下发的计划后重新导出</source>
        <translation>Ask the office to install the district's plan and export again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="48" />
        <source>内容被改动</source>
        <translation>Tampered</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="49" />
        <source>请该街道重新导出报送表，不要在 Excel 中修改后保存</source>
        <translation>Ask the office to export again; the workbook must not be edited and saved in Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="50" />
        <source>签名无效</source>
        <translation>Bad signature</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="51" />
        <source>请该街道重新导出报送表，并核实文件来源</source>
        <translation>Ask the office to export again, and check where the file came from</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="52" />
        <source>未签名</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="53" />
        <source>请选择本程序导出的报送表</source>
        <translation>Choose a workbook exported by this program</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="54" />
        <source>不是有效的报送表</source>
        <translation>Not a valid workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="55" />
        <source>请选择本程序导出的报送表，或请该街道重新导出</source>
        <translation>Choose a workbook exported by this program, or ask the office to export again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="56" />
        <source>文件不安全</source>
        <translation>Unsafe file</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="57" />
        <source>不要打开该文件；请该街道重新导出报送表</source>
        <translation>Do not open this file; ask the office to export again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="58" />
        <source>密钥与街道不符</source>
        <translation>Another office's key</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="59" />
        <source>电话核实文件来源；请该街道用本单位的密钥重新导出</source>
        <translation>Check by phone where the file came from; ask the office to export again with its own key</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="60" />
        <source>密钥已吊销</source>
        <translation>Revoked key</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="61" />
        <source>请该街道用新密钥重新导出，并报送新的公钥文件</source>
        <translation>Ask the office to export again with a new key and send its new public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="62" />
        <source>密钥已被更换</source>
        <translation>Key replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="63" />
        <source>请该街道用更换后的新密钥重新导出</source>
        <translation>Ask the office to export again with its new key</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="64" />
        <source>早于已接受版本</source>
        <translation>Older than accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="65" />
        <source>与该街道核实后，由其重新导出</source>
        <translation>Check with the office, then have it export again</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange/statuses.py" line="66" />
        <source>同版本内容冲突</source>
        <translation>Conflicting revision</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="31" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="31" />
        <source>已完成全年目标</source>
        <translation>The whole year's target is met</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="32" />
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="32" />
        <source>按计划推进</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="33" />
        <source>滞后</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="34" />
        <source>完成率落后于序时进度，请说明原因并加快推进</source>
        <translation>Completion trails time elapsed; explain why and speed up</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="36" />
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="37" />
        <source>未达到目标值，请说明原因</source>
        <translation>The target is not met; explain why</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="42" />
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="43" />
        <source>按计划启动，启动后改为推进中</source>
        <translation>Start as planned, then set it to in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="44" />
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/statuses.py" line="45" />
        <source>完成后改为已完成并填写完成日期</source>
        <translation>When finished, set it to completed and enter the completion date</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="16" />
        <source>确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="16" />
        <source>无需答复</source>
        <translation>No answer needed</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="17" />
        <source>请核实</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="18" />
        <source>核实后逐条答复（需要时更正数值），再导出下一版报送表</source>
        <translation>Check, answer each comment (correct the value if needed), then export the next revision</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="19" />
        <source>退回重报</source>
        <translation>Returned for resubmission</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="20" />
        <source>更正后逐条答复，并导出下一版报送表</source>
        <translation>Correct, answer each comment, and export the next revision</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="27" />
        <source>退回待重报</source>
        <translation>returned, awaiting resubmission</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="28" />
        <source>等待该街道报来新版本；逾期请电话催报</source>
        <translation>Wait for the office's next revision; call the office if it is late</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="29" />
        <source>已重报</source>
        <translation>resubmitted</translation>
    </message>
    <message>
        <location filename="../../desktop/feedback/statuses.py" line="30" />
        <source>查看该街道的答复，核对更正后的数值</source>
        <translation>Read the office's answers and check the corrected values</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="83" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>