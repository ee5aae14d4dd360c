#pragma once

#include "authservice/ServiceEntry.h"

#include <QWidget>

class QLabel;

namespace PortalKeys::Ui {

// The top of the service editor: the service's icon, title, badge (on, off, draft…) and what it is for.
class ServiceEditorHeader : public QWidget {
    Q_OBJECT

public:
    explicit ServiceEditorHeader(QWidget *parent = nullptr);

    void showEntry(const AuthService::ServiceEntry &entry);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_purpose = nullptr;
};

} // namespace PortalKeys::Ui
