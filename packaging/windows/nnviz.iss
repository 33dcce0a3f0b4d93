; Inno Setup 6 script (6.3 or newer, for x64compatible): a Windows installer for the packaged
; app (dist\nnviz\, PyInstaller's one-folder bundle that `python packaging\build.py` makes).
;
;   python packaging\build.py --installer
;       builds the bundle, then runs ISCC.exe on this file with the version from pyproject.toml;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\nnviz.iss
;       packs an existing dist\nnviz\ (run from anywhere: paths are relative to this file).
;
; The result is dist\nnviz-<version>-setup.exe. It installs for the current user without
; administrator rights (or for everyone, if the user chooses so), adds a Start-menu entry and, if
; ticked, a desktop shortcut, registers .nnviz projects to open in nnviz ("%1"), and has an
; uninstaller (Settings -> Apps). Written for Windows but not run on the Linux machine nnviz is
; developed on: tests/packaging check it against pyproject.toml and the bundle's layout.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 nnviz.iss (python packaging\build.py --installer does)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\nnviz"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppExe "nnviz.exe"
#define ProgId "nnviz.project"

[Setup]
; The AppId never changes: it is how Windows knows a new version replaces an installed one.
AppId={{C2159DDF-3EC3-4DA9-94E0-E02A2DBB3F4B}
AppName=nnviz
AppVersion={#AppVersion}
AppVerName=nnviz {#AppVersion}
AppPublisher=The nnviz developers
AppComments=Neural-network playground for teaching
DefaultDirName={autopf}\nnviz
DefaultGroupName=nnviz
DisableProgramGroupPage=yes
; School computers: installing needs no administrator; an administrator may install for all.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\nnviz.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=nnviz {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=nnviz-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Korean.isl ships with recent Inno Setup 6 releases; older ones install in English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: nnviz.exe, _internal\ (Python, Qt, nnviz and its resources), LICENSE and
; CREDITS.md (the licences of nnviz and of the libraries it carries).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\nnviz.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\nnviz"; Filename: "{app}\{#AppExe}"; Comment: "Neural-network playground"
Name: "{autodesktop}\nnviz"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .nnviz -> nnviz.project, opened by "nnviz.exe" "<file>". HKA is HKCU or HKLM as installed.
Root: HKA; Subkey: "Software\Classes\.nnviz"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.nnviz"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-nnviz"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.nnviz\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "nnviz project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\nnviz.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".nnviz"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,nnviz}"; Flags: nowait postinstall skipifsilent
