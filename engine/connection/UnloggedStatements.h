#pragma once

namespace pgm {

class PgConnection;

/// While alive, statements on `connection` stay out of the server's log even when the server
/// logs every statement, so a password inside one (a subscription's connection string, a
/// passfile's line) is not written there. Needs a superuser (the settings are superuser-only);
/// for anyone else it changes nothing. Not for use inside a transaction block (a refused
/// setting would abort it).
class UnloggedStatements {
public:
    explicit UnloggedStatements(PgConnection& connection);
    ~UnloggedStatements();
    UnloggedStatements(const UnloggedStatements&) = delete;
    UnloggedStatements& operator=(const UnloggedStatements&) = delete;

private:
    PgConnection& m_connection;
};

} // namespace pgm
