#pragma once

#include "catalog/Issue.h"
#include "catalog/KeyDefinition.h"
#include "catalog/Product.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PortalKeys::Catalog {

// Checks one key value on its own, before anything is sent: stray spaces and line breaks, lengths the
// portal cannot take, the field's type, and the key's format rule. Rules with a public source are errors;
// conventions are warnings. Empty values pass (whether a key may be empty is ServiceValidator's question).
class KeyValidator {
    Q_DECLARE_TR_FUNCTIONS(KeyValidator)

public:
    // What the DocSpace server stores per value.
    static constexpr int ServerMaxLength = 4000;
    // What the DocSpace settings page accepts per field (its "json" field excepted).
    static constexpr int FormMaxLength = 255;

    static QList<Issue> validate(const KeyDefinition &key, const QString &value, Product product);
};

} // namespace PortalKeys::Catalog
