@echo off
rem naskah serve pada folder examples: penyunting di peramban.
rem Catatan: naskah.exe ini belum dibuat dengan serve (lihat README-windows.txt);
rem naskah akan mengatakannya, dan jendela ini menunggu tombol ditekan.
chcp 65001 > nul
cd /d "%~dp0"
naskah.exe serve examples
pause
