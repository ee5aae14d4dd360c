#pragma once

#include "authservice/KeySource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortalKeys::AuthService {

// Is a portal still what was prepared? Compares two KeySources per service and key: the same value, a
// different one, a value only on this side, or only on the other. Secret values are compared in memory and
// never copied into the result; other values only when asked for.
class KeyDrift {
    Q_DECLARE_TR_FUNCTIONS(KeyDrift)

public:
    enum class State { Same, Differs, OnlyHere, OnlyThere };
    struct Row {
        QString service;
        QString serviceTitle;
        QString key;
        State state = State::Same;
        bool secret = true;
        QString hereValue;  // only for a non-secret key, and only when values were asked for
        QString thereValue; // likewise
    };
    struct Options {
        QStringList services; // compare only these (catalog or portal names, any case); empty: all
        bool withValues = false;
    };
    struct Result {
        QList<Row> rows;                 // by service, then key name
        QStringList servicesWithoutKeys; // named in Options::services, but no side has a key value for them
        bool differs() const;
    };

    static Result compare(const KeySource &here, const KeySource &there, const Options &options);
    static Result compare(const KeySource &here, const KeySource &there);

    static QString stateKey(State state);  // "same", "differs", "only-here", "only-there": for JSON
    static QString stateText(State state); // for people: "same", "differs", "only here", "only there"
};

} // namespace PortalKeys::AuthService
