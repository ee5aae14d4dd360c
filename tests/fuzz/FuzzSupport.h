#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by every libFuzzer harness in tests/fuzz. Each harness defines LLVMFuzzerTestOneInput only;
// FuzzSupport.cpp defines LLVMFuzzerInitialize for all of them: a QCoreApplication (image plugins and
// translations need one) and a message handler that drops Qt's warnings (hostile input makes Qt warn on
// purpose, and printing each warning would slow the run tenfold).
namespace PortalKeys::Fuzz {

// The input as bytes, without copying: valid only during LLVMFuzzerTestOneInput.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Splits the input at the first byte: a selector that picks which reader sees the rest, so that one harness
// covers several readers of the same kind of input.
struct Selected {
    uint8_t selector = 0;
    QByteArray rest;
};
inline Selected select(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    return {data[0], bytes(data + 1, size - 1)};
}

} // namespace PortalKeys::Fuzz
