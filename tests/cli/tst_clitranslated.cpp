// Runs portalkeys-cli with a pseudo-translation of every message ("⟦…⟧", tests/translations.cmake) and
// fails on any help text or message that did not come through the translator.
#include "support/CliRunner.h"
#include "support/PseudoTranslation.h"

#include <QRegularExpression>
#include <QTest>

using namespace PortalKeys::Testing;

namespace {

// What a line shows that the translator never saw; empty when the whole line was translated. A help row
// is "  name-or-option  description", and only its description is text; the synopsis after "Usage:" is
// command syntax.
QString untranslatedPart(const QString &line)
{
    static const QRegularExpression row(QStringLiteral("^\\s+\\S.*?\\s{2,}(\\S.*)$"));
    static const QRegularExpression synopsis(
        QStringLiteral("^(\u27e6[^\u27e7]*\u27e7)?\\s*portalkeys-cli( |$)"));
    if (line.trimmed().isEmpty() || synopsis.match(line).hasMatch())
        return {};
    QString text = line;
    if (text.startsWith(QLatin1String("portalkeys-cli: ")))
        text = text.mid(16); // the program's name before an error message
    const QRegularExpressionMatch rowMatch = row.match(text);
    if (rowMatch.hasMatch())
        text = rowMatch.captured(1);
    text = text.trimmed();
    if (!text.startsWith(pseudoOpen) || hasLetters(outsideTranslations(text)))
        return text;
    return {};
}

QProcessEnvironment pseudoEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // English underneath, whatever the machine's language, and the pseudo-translation over it.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("PORTALKEYS_TEST_TRANSLATION"), QStringLiteral(PORTALKEYS_PSEUDO_QM));
    return environment;
}

// "  name  ⟦description⟧" rows of a help page's list of commands or subcommands.
QStringList listedCommands(const QString &help)
{
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z0-9-]*)(?: [A-Z]+)?\\s{2,}\u27e6"),
                                          QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = entry.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != QLatin1String("help"))
            names.append(name);
    }
    return names;
}

} // namespace

class TestCliTranslated : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const CliRun run = runCli({QStringLiteral("--help")}, pseudoEnvironment());
        QVERIFY2(run.out.contains(pseudoOpen), "the pseudo-translation did not load");
    }

    // Every command's and subcommand's help, line by line.
    void everyHelpPageIsTranslated()
    {
        QStringList failures;
        int pages = 0;
        const QString top = check({QStringLiteral("--help")}, failures, pages);
        const QStringList commands = listedCommands(top);
        QVERIFY2(commands.size() >= 8, qPrintable(top));
        for (const QString &command : commands) {
            const QString help = check({command, QStringLiteral("--help")}, failures, pages);
            for (const QString &subcommand : listedCommands(help))
                check({command, subcommand, QStringLiteral("--help")}, failures, pages);
        }
        QVERIFY2(pages > 40, qPrintable(QString::number(pages)));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("untranslated help text:\n") + failures.join(QLatin1Char('\n'))));
    }

    // Mistakes, which take other paths than the help pages.
    void mistakesAreTranslated()
    {
        QStringList failures;
        int pages = 0;
        check({QStringLiteral("no-such-command")}, failures, pages);
        check({QStringLiteral("jwt")}, failures, pages);
        check({QStringLiteral("jwt"), QStringLiteral("sign")}, failures, pages);
        check({QStringLiteral("jwt"), QStringLiteral("decode"), QStringLiteral("--no-such-option")}, failures,
              pages);
        check({QStringLiteral("portal"), QStringLiteral("test")}, failures, pages);
        // The subcommand groups' own argument checks (their messages have their own context).
        check({QStringLiteral("jwt"), QStringLiteral("decode"), QStringLiteral("a"), QStringLiteral("b")},
              failures, pages);
        check({QStringLiteral("oauth-app"), QStringLiteral("validate"), QStringLiteral("a"),
               QStringLiteral("b")},
              failures, pages);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("untranslated output:\n") + failures.join(QLatin1Char('\n'))));
    }

private:
    // Runs the CLI and notes every line of its output that was not translated; returns standard output.
    QString check(const QStringList &arguments, QStringList &failures, int &pages)
    {
        const CliRun run = runCli(arguments, pseudoEnvironment());
        ++pages;
        const QString command = QStringLiteral("portalkeys-cli ") + arguments.join(QLatin1Char(' '));
        if (run.exitCode < 0) {
            failures.append(command + QStringLiteral(": did not finish"));
            return {};
        }
        for (const QString &output : {run.out, run.err}) {
            for (const QString &line : output.split(QLatin1Char('\n'))) {
                const QString untranslated = untranslatedPart(line);
                if (!untranslated.isEmpty())
                    failures.append(command + QStringLiteral(": ") + untranslated);
            }
        }
        return run.out;
    }
};

QTEST_GUILESS_MAIN(TestCliTranslated)
#include "tst_clitranslated.moc"
