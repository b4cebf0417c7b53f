@echo off
rem naskah serve pada folder examples: penyunting naskah terbuka di
rem peramban bawaan. Tutup jendela ini (atau tekan Ctrl-C) untuk berhenti.
chcp 65001 > nul
cd /d "%~dp0"
naskah.exe serve examples
pause
