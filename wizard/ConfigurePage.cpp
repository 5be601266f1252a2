#include "ConfigurePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pgm {

ConfigurePage::ConfigurePage(QWidget* parent)
    : QWizardPage(parent) {
    setObjectName(QStringLiteral("configurePage"));
    setTitle(tr("PostgreSQL migration configuration guide"));
    setSubTitle(tr("Make sure the source server is ready before you start."));

    auto* guide = new QLabel(this);
    guide->setObjectName(QStringLiteral("guidelines"));
    guide->setWordWrap(true);
    guide->setTextFormat(Qt::RichText);
    guide->setTextInteractionFlags(Qt::TextSelectableByMouse);
    guide->setText(tr(
        "<p><b>Continuous migration</b> (recommended) uses logical replication: the source stays "
        "in service and keeps syncing until you close the connection. It needs:</p>"
        "<ul>"
        "<li>PostgreSQL 10 or newer on the source, and <code>wal_level</code> set to logical:<br>"
        "<code>ALTER SYSTEM SET wal_level = logical;</code> then restart the server.</li>"
        "<li>A free replication slot and WAL sender per database:<br>"
        "<code>ALTER SYSTEM SET max_replication_slots = 20;</code></li>"
        "<li>A superuser, or a user with REPLICATION and the <code>aiven_extras</code> extension:"
        "<br><code>CREATE EXTENSION aiven_extras CASCADE;</code></li>"
        "<li>Remote access from this computer and from the target server "
        "(<code>listen_addresses</code>, <code>pg_hba.conf</code>, firewalls).</li>"
        "</ul>"
        "<p>Without them, a <b>one-time snapshot</b> (dump method) copies the data once; writes "
        "made on the source after it starts are not migrated.</p>"));
    guide->setAccessibleName(tr("Migration guidelines"));

    setButtonText(QWizard::NextButton, tr("&Get started"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(guide);
    layout->addStretch();
}

} // namespace pgm
