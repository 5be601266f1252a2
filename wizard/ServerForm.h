#pragma once

#include "ConnectionSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pgm {

/// The connection fields of one server (host, port, database, user, password, SSL), as the
/// Validation page shows them for the source and for the target. `prefix` names the widgets
/// ("source" gives sourceHost, sourcePort, ...) for tests and screen readers.
class ServerForm : public QWidget {
    Q_OBJECT
public:
    ServerForm(const QString& prefix, QWidget* parent = nullptr);

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings& settings);
    /// True when host and user are filled in.
    bool isFilled() const;
    /// The mandatory fields, for the page to register (QWizard's "name*" fields).
    QLineEdit* hostField() const { return m_host; }
    QLineEdit* userField() const { return m_user; }
    /// The user ticked "Remember password" (kept in the OS keychain, never in a file).
    bool rememberPassword() const;

signals:
    void changed();
    /// Enter pressed in one of the fields.
    void submitted();

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_ssl;
    QComboBox* m_sslMode;
    QCheckBox* m_remember;
};

} // namespace pgm
