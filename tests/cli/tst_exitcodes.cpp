#include "ExitCodeMapping.h"

#include <QtTest>

using namespace PortalKeys;
using PortalKeys::Portal::PortalError;
using Kind = PortalError::Kind;
using AuthService::KeyApplier;

// The numbers scripts rely on (README "Exit codes"): core reports kinds, the CLI alone maps them.
class TestExitCodes : public QObject {
    Q_OBJECT

private slots:
    void everyErrorKindHasItsCode_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("none") << int(Kind::None) << 0;
        QTest::newRow("invalid url") << int(Kind::InvalidUrl) << 2;
        QTest::newRow("insecure url") << int(Kind::InsecureUrl) << 2;
        QTest::newRow("401") << int(Kind::Unauthorized) << 4;
        QTest::newRow("403") << int(Kind::Forbidden) << 4;
        QTest::newRow("two-factor") << int(Kind::TwoFactorRequired) << 4;
        QTest::newRow("402") << int(Kind::PaymentRequired) << 1;
        QTest::newRow("404") << int(Kind::NotFound) << 1;
        QTest::newRow("400") << int(Kind::BadRequest) << 1;
        QTest::newRow("429") << int(Kind::RateLimited) << 3;
        QTest::newRow("5xx") << int(Kind::ServerError) << 3;
        QTest::newRow("timeout") << int(Kind::Timeout) << 3;
        QTest::newRow("refused") << int(Kind::ConnectionRefused) << 3;
        QTest::newRow("dns") << int(Kind::HostNotFound) << 3;
        QTest::newRow("tls") << int(Kind::Tls) << 3;
        QTest::newRow("redirect") << int(Kind::CrossOriginRedirect) << 3;
        QTest::newRow("garbled") << int(Kind::Malformed) << 3;
        QTest::newRow("network") << int(Kind::Network) << 3;
        QTest::newRow("cancelled") << int(Kind::Cancelled) << 3;
        QTest::newRow("keychain") << int(Kind::Keychain) << 5;
    }
    void everyErrorKindHasItsCode()
    {
        QFETCH(int, kind);
        QFETCH(int, code);
        const PortalError error(static_cast<Kind>(kind), QStringLiteral("message"));
        QCOMPARE(toInt(Cli::exitCodeFor(error)), code);
    }

    void applyReportTakesTheMostSystemicRefusal()
    {
        const auto row = [](KeyApplier::Outcome outcome, Kind kind = Kind::None) {
            KeyApplier::Row result;
            result.portal = QStringLiteral("p");
            result.outcome = outcome;
            if (kind != Kind::None)
                result.error = PortalError(kind, QStringLiteral("why"));
            return result;
        };
        QCOMPARE(Cli::exitCodeFor(QList<KeyApplier::Row>{}), ExitCode::Success);
        QCOMPARE(Cli::exitCodeFor({row(KeyApplier::Outcome::Applied), row(KeyApplier::Outcome::Unchanged),
                                   row(KeyApplier::Outcome::WouldApply)}),
                 ExitCode::Success);
        // A key refused by the catalog's rules carries no portal error: still a negative answer.
        QCOMPARE(Cli::exitCodeFor({row(KeyApplier::Outcome::Applied), row(KeyApplier::Outcome::Refused)}),
                 ExitCode::Negative);
        QCOMPARE(Cli::exitCodeFor({row(KeyApplier::Outcome::Refused, Kind::ConnectionRefused),
                                   row(KeyApplier::Outcome::Refused, Kind::PaymentRequired)}),
                 ExitCode::Network);
        QCOMPARE(Cli::exitCodeFor({row(KeyApplier::Outcome::Refused, Kind::Tls),
                                   row(KeyApplier::Outcome::Refused, Kind::Unauthorized),
                                   row(KeyApplier::Outcome::Applied)}),
                 ExitCode::Authentication);
        QCOMPARE(Cli::exitCodeFor({row(KeyApplier::Outcome::Refused, Kind::Keychain),
                                   row(KeyApplier::Outcome::Refused, Kind::Forbidden)}),
                 ExitCode::Keychain);
        // An error on a row that was not refused (e.g. a retried call that then worked) does not count.
        QCOMPARE(Cli::exitCodeFor({row(KeyApplier::Outcome::Applied, Kind::Timeout)}), ExitCode::Success);
    }
};

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
