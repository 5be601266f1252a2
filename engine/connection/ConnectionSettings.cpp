#include "ConnectionSettings.h"

#include "SecretSpans.h"

#include <QCoreApplication>
#include <libpq-fe.h>
#include <memory>

namespace pgm {

namespace {

struct ConninfoOptionsDeleter {
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

QString fromUtf8(const char* text) {
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace

bool ConnectionSettings::parse(const QString& text, ConnectionSettings* out, QString* error) {
    char* rawError = nullptr;
    const QByteArray utf8 = text.trimmed().toUtf8();
    std::unique_ptr<PQconninfoOption, ConninfoOptionsDeleter> options(
        PQconninfoParse(utf8.constData(), &rawError));
    if (!options) {
        if (error) {
            // libpq quotes the token it could not parse, which may be the password itself.
            *error = rawError ? redactSecrets(fromUtf8(rawError).trimmed(), text)
                              : QCoreApplication::translate(
                                    "Connection", "could not parse the connection string");
        }
        PQfreemem(rawError);
        return false;
    }

    ConnectionSettings settings;
    for (PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (!option->val) {
            continue;
        }
        const QString key = fromUtf8(option->keyword);
        const QString value = fromUtf8(option->val);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            if (settings.host.isEmpty() || key == QLatin1String("host")) {
                settings.host = value;
            }
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535) {
                if (error) {
                    *error = QStringLiteral("invalid port \"%1\"").arg(value);
                }
                return false;
            }
            settings.port = port;
        } else if (key == QLatin1String("dbname")) {
            settings.dbname = value;
        } else if (key == QLatin1String("user")) {
            settings.user = value;
        } else if (key == QLatin1String("password")) {
            settings.password = value;
        } else if (key == QLatin1String("sslmode")) {
            settings.sslmode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            settings.sslrootcert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            settings.connectTimeoutSeconds = qMax(1, value.toInt());
        } else if (key == QLatin1String("application_name")) {
            settings.applicationName = value;
        } else {
            settings.extra.insert(key, value);
        }
    }
    *out = settings;
    return true;
}

std::vector<std::pair<std::string, std::string>> ConnectionSettings::keywords() const {
    std::vector<std::pair<std::string, std::string>> pairs;
    const auto add = [&pairs](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            pairs.emplace_back(key, value.toStdString());
        }
    };
    add("host", host);
    add("port", QString::number(port));
    add("dbname", effectiveDatabase());
    add("user", user);
    add("password", password);
    add("sslmode", sslmode);
    add("sslrootcert", sslrootcert);
    add("connect_timeout", QString::number(connectTimeoutSeconds));
    add("application_name", applicationName);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        pairs.emplace_back(it.key().toStdString(), it.value().toStdString());
    }
    return pairs;
}

QString ConnectionSettings::describe() const {
    QString hostPart = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (hostPart.contains(QLatin1Char(':'))) {
        hostPart = QLatin1Char('[') + hostPart + QLatin1Char(']'); // IPv6 literal
    }
    QString text = (user.isEmpty() ? QString() : user + QLatin1Char('@')) + hostPart +
                   QLatin1Char(':') + QString::number(port) + QLatin1Char('/') +
                   effectiveDatabase() + QStringLiteral(" (sslmode=") + sslmode;
    if (!password.isEmpty()) {
        text += QStringLiteral(", password=***");
    }
    return text + QLatin1Char(')');
}

ConnectionSettings ConnectionSettings::withDatabase(const QString& database) const {
    ConnectionSettings copy = *this;
    copy.dbname = database;
    return copy;
}

QString ConnectionSettings::effectiveDatabase() const {
    return dbname.isEmpty() ? QStringLiteral("postgres") : dbname;
}

QString quoteConninfoValue(const QString& value) {
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString ConnectionSettings::conninfoForServer(const QString& hostOverride, int portOverride) const {
    QStringList parts;
    const auto add = [&parts](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            parts << key + QLatin1Char('=') + quoteConninfoValue(value);
        }
    };
    add(QStringLiteral("host"), hostOverride.isEmpty() ? host : hostOverride);
    add(QStringLiteral("port"), QString::number(portOverride > 0 ? portOverride : port));
    add(QStringLiteral("dbname"), effectiveDatabase());
    add(QStringLiteral("user"), user);
    add(QStringLiteral("password"), password);
    add(QStringLiteral("sslmode"), sslmode);
    add(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    return parts.join(QLatin1Char(' '));
}

} // namespace pgm
