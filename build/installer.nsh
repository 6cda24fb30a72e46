; Sổ Hội — NSIS additions for electron-builder (nsis.include in electron-builder.yml).
; electron-builder compiles this file as UTF-8 (makensis -INPUTCHARSET UTF8).
;
; The data (database, automatic backups, log) lives in %APPDATA%\SoHoi\data, never in the
; installation folder, so an upgrade (which runs the old uninstaller with --updated) and an
; uninstall both leave it alone. electron-builder would delete %APPDATA%\SoHoi only with
; deleteAppDataOnUninstall or the uninstaller's --delete-app-data flag; we use neither.

; Always install for the current user, in %LOCALAPPDATA%\Programs: no administrator rights and
; no "for all users / only for me" page.
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
  StrCpy $isForceMachineInstall "0"
!macroend

; After a real uninstall (not an upgrade), say where the data stayed. /SD IDOK: silent
; uninstalls skip the message.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    MessageBox MB_OK|MB_ICONINFORMATION "Sổ Hội đã được gỡ khỏi máy.$\r$\n$\r$\nDữ liệu của Hội (cơ sở dữ liệu, các bản sao lưu tự động và nhật ký) vẫn được giữ nguyên tại:$\r$\n$APPDATA\SoHoi\data$\r$\n$\r$\nNếu cài lại Sổ Hội, dữ liệu này sẽ được dùng tiếp. Chỉ xóa thư mục này khi đã sao lưu và chắc chắn không cần đến dữ liệu nữa." /SD IDOK
  ${endIf}
!macroend
