<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="50"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="51"/>
        <source>管理员负责用户、密钥和备份。密码至少 8 位，需同时包含字母和数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="53"/>
        <source>管理员用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="56"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="59"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="62"/>
        <source>用户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="63"/>
        <source>密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="64"/>
        <source>再次输入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="70"/>
        <source>请填写管理员用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="72"/>
        <source>两次输入的密码不一致，请重新输入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="115"/>
        <source>设置完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="123"/>
        <source>密钥指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="127"/>
        <source>请把上面的密钥指纹逐组读给区里核对。区里确认后，本单位导出的报送表才会被接受。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="132"/>
        <source>已为 {0} 创建数据库：
{1}

签名密钥指纹：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="85"/>
        <location filename="../../ui/wizard.py" line="90"/>
        <source>签名密钥口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="86"/>
        <source>每次导出报送表都要用签名密钥签名。口令用来保护密钥，请牢记；至少 8 位，需同时包含字母和数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="93"/>
        <source>再次输入口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="96"/>
        <source>口令：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97"/>
        <source>再次输入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103"/>
        <source>两次输入的口令不一致，请重新输入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="16"/>
        <source>登录 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="20"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="23"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="28"/>
        <source>用户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="29"/>
        <source>密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="31"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="32"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="19"/>
        <source>（示例数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="22"/>
        <source>页面导航</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>{0}｜{1}（{2}）｜计划第{3}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>页面(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>快捷键一览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Ctrl+1 … Ctrl+9：切换页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>F1：快捷键一览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Ctrl+Q：退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>{0} {1}
数据库：{2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="13"/>
        <source>本页面尚未建成。

{0}

该功能将在后续版本中提供。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="28"/>
        <source>{0}（{1}，第{2}版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="32"/>
        <source>领域、措施与指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="33"/>
        <source>任务分解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="39"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="39"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="39"/>
        <source>全区目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="40"/>
        <source>本单位任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="40"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="51"/>
        <source>区级填报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="55"/>
        <source>监测</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="56"/>
        <source>（待区里确认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="74"/>
        <source>全区合计</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="29"/>
        <source>欢迎使用街道民生台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="30"/>
        <source>这台电脑由谁使用？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="31"/>
        <source>街道办事处（按月填报、导出报送表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="32"/>
        <source>区汇总（校验、合并各街道报送表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="35"/>
        <source>街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="43"/>
        <source>本街道：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="144"/>
        <source>街道民生台账 — 首次设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="152"/>
        <source>开始使用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>无法打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>已在运行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>该数据库已在另一个窗口中打开：
{0}

请切换到那个窗口继续工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="91"/>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>excepthook</name>
    <message>
        <location filename="../../ui/excepthook.py" line="23"/>
        <source>程序出错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/excepthook.py" line="24"/>
        <source>程序遇到意外错误，刚才的操作可能没有完成；已保存的数据不受影响。

错误：{0}
详细信息已写入日志：{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="81"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
