#pragma once

#include "catalog/KeyDefinition.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

class QCommandLineParser;

namespace PortalKeys::Cli {

// The key values of `services set`: --prop KEY=VALUE for keys that are not secrets, --prop-env KEY=NAME and
// --prop-file KEY=PATH ("-" for standard input) for any key. A masked key given with --prop is refused: the
// command line shows in `ps` and in the shell's history, so a secret must never be typed there.
class PropertyInput {
    Q_DECLARE_TR_FUNCTIONS(PropertyInput)

public:
    enum class Source { Argument, Environment, File };
    struct Property {
        QString key;
        Source source = Source::Argument;
        QString argument; // the value (Argument), the variable's name (Environment) or the path (File)
        QString value;    // after readValues()
    };
    struct Result {
        QList<Property> properties;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    PropertyInput();

    QList<QCommandLineOption> options() const { return {m_propOption, m_envOption, m_fileOption}; }
    bool isGiven(const QCommandLineParser &parser) const;

    // Splits every KEY=… option; checks the syntax only (values are read by readValues()).
    Result parse(const QCommandLineParser &parser) const;
    // Gives each property the exact name of the service's key it means (names match regardless of case) and
    // refuses unknown keys, a key given twice, and a masked key given with --prop. Returns an error or empty.
    static QString resolve(QList<Property> &properties, const QList<Catalog::KeyDefinition> &keys,
                           const QString &serviceTitle);
    // The refusal of a masked key given with --prop (keys `keys` does not know are left to resolve()), or
    // empty. Lets a command refuse before it contacts a portal.
    static QString refusePlainSecrets(const QList<Property> &properties,
                                      const QList<Catalog::KeyDefinition> &keys);
    // Reads the values of --prop-env and --prop-file (one trailing line break of a file is dropped; a
    // multi-line key keeps the rest as it is). Returns an error or empty.
    static QString readValues(QList<Property> &properties);
    // key → value
    static QMap<QString, QString> values(const QList<Property> &properties);

private:
    QCommandLineOption m_propOption;
    QCommandLineOption m_envOption;
    QCommandLineOption m_fileOption;
};

} // namespace PortalKeys::Cli
