#include "authservice/KeyDrift.h"

#include <QSet>

namespace PortalKeys::AuthService {

namespace {

bool wanted(const QStringList &services, const QString &name)
{
    if (services.isEmpty())
        return true;
    for (const QString &service : services) {
        if (service.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

KeyDrift::State stateOf(const QString *here, const QString *there)
{
    if (here && there)
        return *here == *there ? KeyDrift::State::Same : KeyDrift::State::Differs;
    return here ? KeyDrift::State::OnlyHere : KeyDrift::State::OnlyThere;
}

} // namespace

bool KeyDrift::Result::differs() const
{
    for (const Row &row : rows) {
        if (row.state != State::Same)
            return true;
    }
    return false;
}

KeyDrift::Result KeyDrift::compare(const KeySource &here, const KeySource &there, const Options &options)
{
    Result result;
    QStringList names = here.services.keys() + there.services.keys();
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    for (const QString &service : std::as_const(names)) {
        if (!wanted(options.services, service))
            continue;
        const KeySource::ServiceKeys ours = here.services.value(service);
        const KeySource::ServiceKeys theirs = there.services.value(service);
        QStringList keys = ours.values.keys() + theirs.values.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const auto ourValue = ours.values.constFind(key);
            const auto theirValue = theirs.values.constFind(key);
            Row row;
            row.service = service;
            row.serviceTitle = ours.title.isEmpty() ? theirs.title : ours.title;
            row.key = key;
            row.state = stateOf(ourValue != ours.values.cend() ? &*ourValue : nullptr,
                                theirValue != theirs.values.cend() ? &*theirValue : nullptr);
            // Shown only when a side knows the key as a non-secret and neither calls it a secret.
            const bool knownPlain = ours.plainKeys.contains(key) || theirs.plainKeys.contains(key);
            row.secret = !knownPlain || ours.secretKeys.contains(key) || theirs.secretKeys.contains(key);
            if (options.withValues && !row.secret) {
                row.hereValue = ours.values.value(key);
                row.thereValue = theirs.values.value(key);
            }
            result.rows.append(row);
        }
    }
    for (const QString &wantedName : options.services) {
        bool found = false;
        for (const Row &row : std::as_const(result.rows))
            found = found || row.service.compare(wantedName, Qt::CaseInsensitive) == 0;
        if (!found)
            result.servicesWithoutKeys.append(wantedName);
    }
    return result;
}

KeyDrift::Result KeyDrift::compare(const KeySource &here, const KeySource &there)
{
    return compare(here, there, Options());
}

QString KeyDrift::stateKey(State state)
{
    switch (state) {
    case State::Same:
        return QStringLiteral("same");
    case State::Differs:
        return QStringLiteral("differs");
    case State::OnlyHere:
        return QStringLiteral("only-here");
    case State::OnlyThere:
        return QStringLiteral("only-there");
    }
    return {};
}

QString KeyDrift::stateText(State state)
{
    switch (state) {
    case State::Same:
        return tr("same");
    case State::Differs:
        return tr("differs");
    case State::OnlyHere:
        return tr("only here");
    case State::OnlyThere:
        return tr("only there");
    }
    return {};
}

} // namespace PortalKeys::AuthService
