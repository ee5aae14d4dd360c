#include "commands/services/PropertyInput.h"

#include "SecretInput.h"

#include <QCommandLineParser>
#include <QStringDecoder>

namespace PortalKeys::Cli {

using Catalog::KeyDefinition;

namespace {

QString flag(const QCommandLineOption &option)
{
    return QStringLiteral("--") + option.names().constFirst();
}

} // namespace

PropertyInput::PropertyInput()
    : m_propOption(QStringLiteral("prop"),
                   tr("Set the key KEY to VALUE; only for keys that are not secrets (repeatable)."),
                   QStringLiteral("KEY=VALUE"))
    , m_envOption(QStringLiteral("prop-env"),
                  tr("Set the key KEY to the value of the environment variable NAME (repeatable)."),
                  QStringLiteral("KEY=NAME"))
    , m_fileOption(QStringLiteral("prop-file"),
                   tr("Set the key KEY to the content of the file PATH, \"-\" for standard input; one "
                      "trailing line break is dropped (repeatable)."),
                   QStringLiteral("KEY=PATH"))
{}

bool PropertyInput::isGiven(const QCommandLineParser &parser) const
{
    return parser.isSet(m_propOption) || parser.isSet(m_envOption) || parser.isSet(m_fileOption);
}

PropertyInput::Result PropertyInput::parse(const QCommandLineParser &parser) const
{
    Result result;
    int standardInputs = 0;
    const QList<std::pair<const QCommandLineOption *, Source>> kinds = {{&m_propOption, Source::Argument},
                                                                        {&m_envOption, Source::Environment},
                                                                        {&m_fileOption, Source::File}};
    for (const auto &[option, source] : kinds) {
        for (const QString &text : parser.values(*option)) {
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            // The text is not quoted back: after --prop it may be a secret typed by mistake.
            if (equals <= 0) {
                result.error = tr("%1 takes KEY=%2, with the key's name before the “=”.")
                                   .arg(flag(*option), option->valueName().section(QLatin1Char('='), 1));
                return result;
            }
            Property property{text.left(equals).trimmed(), source, text.mid(equals + 1), {}};
            if (source == Source::Argument)
                property.value = property.argument;
            if (source != Source::Argument && property.argument.isEmpty()) {
                result.error = tr("%1 %2=…: give the %3 after the “=”.")
                                   .arg(flag(*option), property.key,
                                        source == Source::Environment ? tr("variable's name") : tr("path"));
                return result;
            }
            if (source == Source::File && property.argument == QStringLiteral("-") && ++standardInputs > 1) {
                result.error = tr("Standard input can give only one key; read the others from files or "
                                  "environment variables.");
                return result;
            }
            result.properties.append(property);
        }
    }
    return result;
}

QString PropertyInput::resolve(QList<Property> &properties, const QList<KeyDefinition> &keys,
                               const QString &serviceTitle)
{
    QStringList seen;
    for (Property &property : properties) {
        const KeyDefinition *match = nullptr;
        for (const KeyDefinition &key : keys) {
            if (key.name.compare(property.key, Qt::CaseInsensitive) == 0)
                match = &key;
        }
        if (!match) {
            QStringList names;
            for (const KeyDefinition &key : keys)
                names.append(key.name);
            return tr("%1 has no key “%2”; its keys are %3.")
                .arg(serviceTitle, property.key, names.join(QStringLiteral(", ")));
        }
        property.key = match->name;
        if (seen.contains(property.key))
            return tr("The key %1 is given twice; give each key once.").arg(property.key);
        seen.append(property.key);
    }
    return refusePlainSecrets(properties, keys);
}

QString PropertyInput::refusePlainSecrets(const QList<Property> &properties, const QList<KeyDefinition> &keys)
{
    for (const Property &property : properties) {
        // An empty --prop KEY= clears the key and reveals nothing, so it is allowed for secrets too.
        if (property.source != Source::Argument || property.value.isEmpty())
            continue;
        for (const KeyDefinition &key : keys) {
            if (key.masked && key.name.compare(property.key, Qt::CaseInsensitive) == 0)
                return tr("%1 is a secret, so it is not taken from --prop: the command line shows in `ps` "
                          "and "
                          "in the shell's history. Give it with --prop-env %1=NAME (an environment variable) "
                          "or --prop-file %1=PATH (a file, or \"-\" for standard input).")
                    .arg(key.name);
        }
    }
    return {};
}

QString PropertyInput::readValues(QList<Property> &properties)
{
    for (Property &property : properties) {
        if (property.source == Source::Argument)
            continue;
        const SecretInput::Result read = property.source == Source::Environment
                                             ? SecretInput::fromEnvironment(property.argument)
                                             : SecretInput::fromFile(property.argument);
        if (!read.ok())
            return property.key + QStringLiteral(": ") + read.error;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        property.value = decoder.decode(read.secret);
        if (decoder.hasError())
            return tr("%1: the value is not UTF-8 text, which is what portals take.").arg(property.key);
    }
    return {};
}

QMap<QString, QString> PropertyInput::values(const QList<Property> &properties)
{
    QMap<QString, QString> result;
    for (const Property &property : properties)
        result.insert(property.key, property.value);
    return result;
}

} // namespace PortalKeys::Cli
