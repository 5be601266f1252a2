# One Debian package, pgmigrate, with Debian's file name (pgmigrate_VERSION-1_ARCH.deb).
# Dependencies: those dpkg-shlibdeps finds in the binaries (Qt, libpq, QtKeychain, ...) plus what
# no binary links but pgmigrate runs or loads at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pgmigrate)
set(CPACK_PACKAGE_VENDOR "pgmigrate developers")
set(CPACK_PACKAGE_CONTACT "pgmigrate developers <pgmigrate@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "move whole PostgreSQL clusters between servers")
# The extended description: lines of at most 80 characters (Debian policy, lintian).
set(CPACK_PACKAGE_DESCRIPTION
    "pgmigrate moves every database of a PostgreSQL server to another server
while the source stays in service: pre-checks with remedies, roles, schema
and data copied from one consistent snapshot and verified, then logical
replication until the cut-over. It comes as a desktop wizard
(pgmigrate-wizard) and a command-line tool (pgmigrate) over one engine.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# pg_dump and pg_restore (schema, the dump method); the Qt SVG plugin that draws the icon; Qt's own
# translations (buttons, dialogs) in German and Finnish.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "postgresql-client, libqt6svg6, qt6-translations-l10n")
# A Secret Service provider, for "Remember password"; without one the wizard says so and goes on.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
