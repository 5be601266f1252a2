#include "Passwords.h"

#include "PgConnection.h"
#include "PgError.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace pgm {

QString promptHidden(const QString& prompt) {
    if (!isatty(STDIN_FILENO)) {
        return {};
    }
    std::cerr << prompt.toStdString() << std::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << std::endl;
    return QString::fromStdString(line);
}

void resolvePassword(ConnectionSettings* settings, const char* envName, const QString& label) {
    if (!settings->password.isEmpty()) {
        return;
    }
    const QByteArray fromEnv = qgetenv(envName);
    if (!fromEnv.isEmpty()) {
        settings->password = QString::fromUtf8(fromEnv);
        return;
    }
    if (!isatty(STDIN_FILENO)) {
        return; // libpq may still find it in the passfile
    }
    // Ask only when the server wants a password that the passfile did not give.
    try {
        auto probe =
            PgConnection::open(*settings, std::chrono::seconds(settings->connectTimeoutSeconds));
    } catch (const PgError& error) {
        if (error.message().contains(QLatin1String("no password supplied"))) {
            settings->password = promptHidden(
                QStringLiteral("Password for %1 (%2): ").arg(label, settings->describe()));
        }
    }
}

} // namespace pgm
