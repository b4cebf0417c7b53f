@echo off
rem Seret berkas .yaml ke atas berkas ini: PDF-nya ditulis di sampingnya.
chcp 65001 > nul
if "%~1"=="" (
  echo Seret sebuah berkas .yaml ke atas naskah-render.bat.
  pause
  exit /b 2
)
"%~dp0naskah.exe" render "%~1"
pause
