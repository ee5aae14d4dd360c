#pragma once

// Waiting helpers for tests that drive the asynchronous portal API to its end.
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "support/PortalSimulator.h"

#include <QTest>

namespace PortalKeys::Testing {

struct CallResult {
    bool done = false;
    Portal::PortalError error;
    Portal::PortalResponse response;
};

inline CallResult sendAndWait(Portal::PortalClient &client, const Portal::PortalRequest &request,
                              int timeoutMs = 30000)
{
    CallResult result;
    client.send(request, [&result](const Portal::PortalError &error, const Portal::PortalResponse &response) {
        result.error = error;
        result.response = response;
        result.done = true;
    });
    (void)QTest::qWaitFor([&result] { return result.done; }, timeoutMs);
    return result;
}

inline Portal::ClientSettings settingsFor(const QUrl &url, int timeoutMs = 10000)
{
    Portal::ClientSettings settings;
    settings.baseUrl = url;
    settings.timeoutMs = timeoutMs;
    settings.initialBackoffMs = 100;
    return settings;
}

} // namespace PortalKeys::Testing
