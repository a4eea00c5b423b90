; Inno Setup script: per-machine install of the one-folder build (dist\selfdesk) with start at login.
; Build on Windows: packaging\build.sh (Git Bash) then  iscc /DAppVersion=0.1.0 packaging\windows\selfdesk.iss
; Silent install:   SelfDesk-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/POLICY=\\server\share\policy.toml]
; Silent uninstall: "%ProgramFiles%\SelfDesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{8C1B7E0E-4C7B-4E53-9F0D-5E1D6A2C9B11}
AppName=SelfDesk
AppVersion={#AppVersion}
AppPublisher=SelfDesk
DefaultDirName={autopf}\SelfDesk
DefaultGroupName=SelfDesk
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=SelfDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes
CloseApplications=yes
UninstallDisplayIcon={app}\SelfDesk.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Dirs]
; The system-wide policy folder: administrators write, users only read (so a user cannot redirect tickets).
Name: "{commonappdata}\SelfDesk"; Permissions: users-readexec admins-full system-full

[Files]
Source: "..\..\dist\selfdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\docs\policy.example.toml"; DestDir: "{commonappdata}\SelfDesk"; Flags: onlyifdoesntexist
Source: "{param:POLICY}"; DestDir: "{commonappdata}\SelfDesk"; DestName: "policy.toml"; Flags: external skipifsourcedoesntexist; Check: HasPolicyParam

[Registry]
; Start at login for every user.
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "SelfDesk"; ValueData: """{app}\SelfDesk.exe"" tray"; Flags: uninsdeletevalue

[Icons]
Name: "{autoprograms}\SelfDesk"; Filename: "{app}\SelfDesk.exe"; Parameters: "tray"

[Run]
Filename: "{app}\SelfDesk.exe"; Parameters: "tray"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallRun]
Filename: "{sys}\taskkill.exe"; Parameters: "/IM SelfDesk.exe /F"; Flags: runhidden; RunOnceId: "StopSelfDesk"

[UninstallDelete]
; Program files only. The policy in ProgramData stays (it belongs to IT); per-user logs and outboxes live
; in %LOCALAPPDATA%\SelfDesk and are removed by the user profile clean-up, never silently here.
Type: filesandordirs; Name: "{app}"

[Code]
function HasPolicyParam(): Boolean;
begin
  Result := ExpandConstant('{param:POLICY|}') <> '';
end;
