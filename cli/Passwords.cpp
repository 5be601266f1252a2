#include "Passwords.h"

#include "KeychainCredentialStore.h"
#include "PgConnection.h"
#include "PgError.h"
#include "ProcessHardening.h"

#include <QCoreApplication>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace pgm {

namespace {

/// True when libpq, with what it already has (passfile, trust), is asked for a password.
bool serverWantsPassword(const ConnectionSettings& settings) {
    try {
        auto probe =
            PgConnection::open(settings, std::chrono::seconds(settings.connectTimeoutSeconds));
        return false;
    } catch (const PgError& error) {
        return error.needsPassword(); // libpq's message is translated: never match it
    }
}

} // namespace

QString promptHidden(const QString& prompt) {
    if (!isatty(STDIN_FILENO)) {
        return {};
    }
    // Echo goes off before the prompt shows, so nothing typed ahead is ever echoed.
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::cerr << prompt.toStdString() << std::flush;
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << std::endl;
    return QString::fromStdString(line);
}

void resolvePassword(ConnectionSettings* settings, const char* envName, const QString& label,
                     bool allowPrompt) {
    if (!settings->password.isEmpty()) {
        return;
    }
    const QByteArray fromEnv = takeSecretVariable(envName);
    if (!fromEnv.isEmpty()) {
        settings->password = QString::fromUtf8(fromEnv);
        return;
    }
    // The passfile is libpq's own business: ask further only if it did not answer.
    if (!serverWantsPassword(*settings)) {
        return;
    }
    // The wizard may have saved it in the OS keychain. Without a session bus there is no
    // keychain, and trying could start a prompt nobody sees.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        KeychainCredentialStore keychain;
        QString password;
        QString error;
        if (keychain.readBlocking(credentialKey(*settings), &password, &error) ==
                CredentialStore::Result::Ok &&
            !password.isEmpty()) {
            settings->password = password;
            return;
        }
    }
    if (!allowPrompt) {
        return;
    }
    settings->password = promptHidden(QCoreApplication::translate("Cli", "Password for %1 (%2): ")
                                          .arg(label, settings->describe()));
}

} // namespace pgm
