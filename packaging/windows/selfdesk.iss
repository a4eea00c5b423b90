; Inno Setup 6 script: per-machine install of the one-folder build (dist\selfdesk) with start at login.
; Build on Windows, one command (Git Bash):  bash packaging/build.sh --installer
;   (PyInstaller, then  iscc /DAppVersion=<version> packaging\windows\selfdesk.iss  -> dist\SelfDesk-Setup-<version>.exe)
; Silent install:   SelfDesk-Setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/POLICY=\\server\share\policy.toml]
; Silent uninstall: "%ProgramFiles%\SelfDesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Two executables, named apart by more than letter case (NTFS ignores case):
;   SelfDeskTray.exe  windowed, the tray (start menu, start at login): no console window ever opens
;   selfdesk.exe      console, the command line for scripts (Intune, GPO, technicians)

#define TrayExe "SelfDeskTray.exe"
#define CliExe "selfdesk.exe"
#ifndef AppVersion
  ; Without /DAppVersion, the version the build stamped into selfdesk.exe (from desktop_app/__init__.py).
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + "..\..\dist\selfdesk\" + CliExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error No version: build dist\selfdesk first (bash packaging/build.sh), or pass /DAppVersion=X.Y.Z
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
OutputDir=..\..\dist
OutputBaseFilename=SelfDesk-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\selfdesk.ico
VersionInfoVersion={#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes
CloseApplications=yes
UninstallDisplayIcon={app}\{#TrayExe}

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Dirs]
; The system-wide policy folder. Its permissions are set in [Run]: Permissions: here would only ADD rights, and
; ProgramData's inherited ones let every user create files in a new folder (they could plant a policy.toml).
Name: "{commonappdata}\SelfDesk"

[Files]
Source: "..\..\dist\selfdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\docs\policy.example.toml"; DestDir: "{commonappdata}\SelfDesk"; Flags: onlyifdoesntexist
; The deployed policy belongs to IT: an uninstall (or a reinstall without /POLICY=) never removes it.
Source: "{param:POLICY}"; DestDir: "{commonappdata}\SelfDesk"; DestName: "policy.toml"; Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: HasPolicyParam

[Registry]
; Start at login for every user.
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "SelfDesk"; ValueData: """{app}\{#TrayExe}"" tray --minimized"; Flags: uninsdeletevalue

[Icons]
Name: "{autoprograms}\SelfDesk"; Filename: "{app}\{#TrayExe}"; IconFilename: "{app}\{#TrayExe}"

[Run]
; The policy folder: owned by Administrators, written by Administrators and SYSTEM only, read by users; the inherited
; ProgramData rights (users create files, CREATOR OWNER full) are removed, and files already inside take the
; folder's rights (a file a user put there before the install loses its own). SIDs: the names are localized.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\SelfDesk"" /setowner *S-1-5-32-544 /T /C /Q"; Flags: runhidden
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\SelfDesk"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /Q"; Flags: runhidden
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\SelfDesk\*"" /reset /T /C /Q"; Flags: runhidden
Filename: "{app}\{#TrayExe}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallRun]
Filename: "{sys}\taskkill.exe"; Parameters: "/IM {#TrayExe} /F"; Flags: runhidden; RunOnceId: "StopSelfDesk"

[UninstallDelete]
; Program files only. The policy in ProgramData stays (it belongs to IT); per-user logs and outboxes live
; in %LOCALAPPDATA%\SelfDesk and are removed by the user profile clean-up, never silently here.
Type: filesandordirs; Name: "{app}"

[Code]
function HasPolicyParam(): Boolean;
begin
  Result := ExpandConstant('{param:POLICY|}') <> '';
end;

// An upgrade replaces files that running trays (every signed-in user's) hold open: stop them first, as the
// uninstaller does, rather than rely on Restart Manager reaching other sessions. They start again at next login.
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  ResultCode: Integer;
begin
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/IM {#TrayExe} /F', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  Result := '';
end;
