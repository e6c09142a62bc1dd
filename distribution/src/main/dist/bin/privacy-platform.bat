@echo off
rem Starts the Balticom Privacy Platform in the foreground (see bin/privacy-platform for the settings).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %JAVA_OPTS% -Dprivacy.home="%APP_HOME%" -Dmicronaut.config.files="%APP_HOME%\conf\application.yml" -Dlogback.configurationFile="%APP_HOME%\conf\logback.xml" --module-path "%APP_HOME%\lib" --add-modules ALL-MODULE-PATH,java.net.http -m lv.balticom.privacy.distribution/lv.balticom.privacy.distribution.PrivacyPlatform %*
endlocal
