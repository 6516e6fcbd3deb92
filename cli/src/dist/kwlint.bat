@echo off
rem The kwlint command on Windows: runs lib\kwlint.jar with the JVM settings of bin/kwlint (a
rem short command-line run: the serial collector, no optimising compiler; for kwlint lsp, which lives
rem as long as the editor, the parallel collector and the optimising compiler). JAVA_HOME picks the
rem Java runtime (17 or newer), KWLINT_JAVA_OPTS adds JVM options (e.g. -Xmx4g).
setlocal
set "KWLINT_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "KWLINT_JVM=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData"
if "%~1"=="lsp" set "KWLINT_JVM=-XX:+UseParallelGC -XX:-UsePerfData"
"%JAVA%" %KWLINT_JVM% %KWLINT_JAVA_OPTS% -jar "%KWLINT_HOME%\lib\kwlint.jar" %*
exit /b %ERRORLEVEL%
