; Inno Setup 6.3+ script: turns the PyInstaller folder dist\StreetLedger into a per-user setup program.
;   1. python -m pip install . pyinstaller && pyinstaller build_installer.spec
;   2. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\street_ledger.iss
; Installs under %LOCALAPPDATA%\Programs (no administrator rights needed) with Start-menu shortcuts.
; The user's data stays in %LOCALAPPDATA%\StreetLedger and is not removed on uninstall.
; Saved as UTF-8 with a BOM, which ISCC needs to read the Chinese on any code page.
; tests/test_installer_script.py reads this file for the properties below.

; The version is read from the built program, never typed: the installer cannot claim another.
#define AppExe AddBackslash(SourcePath) + "..\dist\StreetLedger\StreetLedger.exe"
#if !FileExists(AppExe)
  #error dist\StreetLedger\StreetLedger.exe not found: run "pyinstaller build_installer.spec" first
#endif
#define AppVersion GetVersionNumbersString(AppExe)

; Simplified Chinese is not among Inno Setup's official translations, and its file is not
; redistributed here. It is looked for, in order: beside this script (installer\ChineseSimplified.isl,
; for a build machine that keeps it with the sources), in the compiler's Languages folder (where
; most Chinese builds copy it), and in Languages\Unofficial (releases that install the unofficial
; translations). Without it the build stops: a setup for Chinese street offices must speak Chinese.
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put Inno Setup's Simplified Chinese translation in installer\ or in the compiler's Languages folder
#endif

[Setup]
AppId={{6C0E7F3B-2B9A-4E59-9C7B-5A1B7D3F2E11}
AppName=街道民生台账
AppVersion={#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=Street Ledger
DefaultDirName={localappdata}\Programs\StreetLedger
DefaultGroupName=街道民生台账
PrivilegesRequired=lowest
; Qt 6's floor: Windows 10 1809 (build 17763) or later, 64-bit x86 only
MinVersion=10.0.17763
ArchitecturesAllowed=x64os
ArchitecturesInstallIn64BitMode=x64os
; the program holds this mutex while it runs (desktop/system/running.py): setup asks to close it first
AppMutex=StreetLedger-Running-6C0E7F3B
CloseApplications=yes
OutputDir=..\dist
OutputBaseFilename=StreetLedger-{#AppVersion}-setup
SetupIconFile=..\resources\icons\street_ledger.ico
UninstallDisplayIcon={app}\StreetLedger.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
chinesesimplified.ConfirmUninstall=确定要卸载 %1 吗？%n%n只删除程序文件。台账数据（数据库、备份、设置和日志，在 AppData\Local\StreetLedger 文件夹中）保留在本机，不会删除；重新安装后可继续使用。
chinesesimplified.UninstalledAll=%1 已卸载。%n%n台账数据仍保留在 AppData\Local\StreetLedger 文件夹中；不再需要时，请先备份，再手动删除该文件夹。
english.ConfirmUninstall=Uninstall %1?%n%nOnly the program files are removed. Your ledger data (database, backups, settings and logs in the folder AppData\Local\StreetLedger) stays on this computer; a reinstalled program uses it again.
english.UninstalledAll=%1 was removed.%n%nYour ledger data is still in the folder AppData\Local\StreetLedger; back it up before you delete that folder yourself.

[InstallDelete]
; an upgrade replaces the program whole: libraries the new version no longer ships must not linger
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\*.exe"

[Files]
; both programs (StreetLedger.exe, the window; street-ledger.exe, the command line) and _internal
Source: "..\dist\StreetLedger\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\街道民生台账"; Filename: "{app}\StreetLedger.exe"
Name: "{group}\街道民生台账（示例数据）"; Filename: "{app}\StreetLedger.exe"; Parameters: "--demo"
Name: "{group}\街道民生台账命令行"; Filename: "{cmd}"; Parameters: "/k cd /d ""{app}"" && street-ledger.exe --help"
Name: "{group}\卸载街道民生台账"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\StreetLedger.exe"; Description: "启动街道民生台账"; Flags: nowait postinstall skipifsilent
