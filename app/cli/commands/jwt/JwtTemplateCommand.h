#pragma once

#include "commands/jwt/JwtSubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli jwt template config|insertImage|setHistoryData|setMailMergeRecipients|setRevisedFile
class JwtTemplateCommand final : public JwtSubcommand {
    Q_DECLARE_TR_FUNCTIONS(JwtTemplateCommand)

public:
    QString name() const override { return QStringLiteral("template"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;
};

} // namespace PortalKeys::Cli
