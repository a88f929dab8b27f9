; Inno Setup script: turns the PyInstaller folder dist\StreetLedger into a per-user setup program.
;   1. python -m pip install . pyinstaller && pyinstaller build_installer.spec
;   2. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\street_ledger.iss
; Installs under %LOCALAPPDATA%\Programs (no administrator rights needed) with a Start-menu shortcut.
; The user's data stays in %LOCALAPPDATA%\StreetLedger and is not removed on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C0E7F3B-2B9A-4E59-9C7B-5A1B7D3F2E11}
AppName=街道民生台账
AppVersion={#AppVersion}
AppPublisher=Street Ledger
DefaultDirName={localappdata}\Programs\StreetLedger
DefaultGroupName=街道民生台账
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=StreetLedger-{#AppVersion}-setup
SetupIconFile=..\resources\icons\street_ledger.ico
UninstallDisplayIcon={app}\StreetLedger.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; ChineseSimplified.isl is an Inno Setup translation that the installer does not ship: put it in
; the compiler's Languages folder first (Inno Setup's translations page), as every Chinese build does.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\StreetLedger\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\街道民生台账"; Filename: "{app}\StreetLedger.exe"
Name: "{group}\街道民生台账（示例数据）"; Filename: "{app}\StreetLedger.exe"; Parameters: "--demo"
Name: "{group}\卸载街道民生台账"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\StreetLedger.exe"; Description: "启动街道民生台账"; Flags: nowait postinstall skipifsilent
