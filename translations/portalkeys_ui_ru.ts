<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>FileChooser</name>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>OAuth app drafts (*.json)</source>
        <translation>Черновики приложений OAuth (*.json)</translation>
    </message>
    <message>
        <source>Choose an app icon</source>
        <translation>Выберите иконку приложения</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Import an OAuth app draft</source>
        <translation>Импорт черновика приложения OAuth</translation>
    </message>
    <message>
        <source>Export the OAuth app draft</source>
        <translation>Экспорт черновика приложения OAuth</translation>
    </message>
</context>
<context>
    <name>PageId</name>
    <message>
        <source>Portals</source>
        <translation>Порталы</translation>
    </message>
    <message>
        <source>Third-party authorization</source>
        <translation>Сторонние сервисы</translation>
    </message>
    <message>
        <source>OAuth apps</source>
        <translation>Приложения OAuth</translation>
    </message>
    <message>
        <source>JWT inspector</source>
        <translation>Инспектор JWT</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Ключи API</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AboutDialog</name>
    <message>
        <source>PortalKeys</source>
        <translation>PortalKeys</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (собрано с %2)</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Secret storage</source>
        <translation>Хранилище секретов</translation>
    </message>
    <message>
        <source>About PortalKeys</source>
        <translation>О программе PortalKeys</translation>
    </message>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE DocSpace and Workspace portals.</source>
        <translation>Ключи, токены и приложения OAuth для порталов ONLYOFFICE DocSpace и Workspace.</translation>
    </message>
    <message>
        <source>PortalKeys is free software, licensed under the GNU General Public License, version 3 or later. It uses Qt under the GNU LGPL version 3, OpenSSL under the Apache License 2.0, and QtKeychain under the BSD 3-Clause License.</source>
        <translation>PortalKeys — свободное программное обеспечение, распространяемое на условиях GNU General Public License версии 3 или более поздней. Программа использует Qt на условиях GNU LGPL версии 3, OpenSSL на условиях Apache License 2.0 и QtKeychain на условиях BSD 3-Clause License.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Копировать версии</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AccountSection</name>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Sign in &amp;with e-mail and password</source>
        <translation>&amp;Вход по email и паролю</translation>
    </message>
    <message>
        <source>Paste a personal access t&amp;oken</source>
        <translation>Вставить персональный т&amp;окен доступа</translation>
    </message>
    <message>
        <source>Get the token:</source>
        <translation>Получение токена:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>PortalKeys signs in once and keeps only the login token in the keychain, never your password. A two-factor code is asked for when the portal needs one.</source>
        <translation>PortalKeys выполняет вход один раз и хранит в связке ключей только токен входа, но не ваш пароль. Код двухфакторной аутентификации запрашивается, если портал его требует.</translation>
    </message>
    <message>
        <source>A token the portal issued for you, such as a personal access token. PortalKeys keeps it in the keychain.</source>
        <translation>Токен, выданный вам порталом, например персональный токен доступа. PortalKeys хранит его в связке ключей.</translation>
    </message>
    <message>
        <source>The token, as the portal gave it</source>
        <translation>Токен в том виде, в каком его выдал портал</translation>
    </message>
    <message>
        <source>Only to sign in again — empty keeps the current token</source>
        <translation>Только для повторного входа — пустое поле сохраняет текущий токен</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Введите адрес email, с которым вы входите.</translation>
    </message>
    <message>
        <source>Enter the password to sign in.</source>
        <translation>Введите пароль для входа.</translation>
    </message>
    <message>
        <source>Paste the token.</source>
        <translation>Вставьте токен.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AdvancedSection</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <source>Shows or hides the advanced settings</source>
        <translation>Показывает или скрывает дополнительные параметры</translation>
    </message>
    <message>
        <source>Empty: the portal itself; e.g. https://oauth.onlyoffice.com</source>
        <translation>Пусто: сам портал; например, https://oauth.onlyoffice.com</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How long PortalKeys waits for the portal to answer one request</source>
        <translation>Сколько PortalKeys ждет ответа портала на один запрос</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>Stop trusting this certificate; a certificate that browsers trust is still accepted</source>
        <translation>Больше не доверять этому сертификату; сертификат, которому доверяют браузеры, по-прежнему принимается</translation>
    </message>
    <message>
        <source>OAuth se&amp;rver:</source>
        <translation>Се&amp;рвер OAuth:</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Та&amp;йм-аут:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Доверенный сертификат:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeyCreatedDialog</name>
    <message>
        <source>The API key “%1” is made</source>
        <translation>Ключ API «%1» создан</translation>
    </message>
    <message>
        <source>This is the only time the key is shown: %1 keeps only a hash of it. Copy it into what needs it, store it in the keychain, or add it as a portal before you close this window.</source>
        <translation>Ключ показывается только сейчас: %1 хранит лишь его хеш. Скопируйте его туда, где он нужен, сохраните в связке ключей или добавьте как портал, прежде чем закрыть это окно.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>К&amp;люч:</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Скопировать ключ API</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>Новый ключ API</translation>
    </message>
    <message>
        <source>%1 · permissions: %2 · expires: %3</source>
        <translation>%1 · права доступа: %2 · истекает: %3</translation>
    </message>
    <message>
        <source>Store in the keychain</source>
        <translation>Сохранить в связке ключей</translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation>Сохранить &amp;под именем:</translation>
    </message>
    <message>
        <source>A named secret of PortalKeys in the keychain: your system&apos;s password manager shows it as “named-secret/” and this name.</source>
        <translation>Именованный секрет PortalKeys в связке ключей: менеджер паролей вашей системы показывает его как «named-secret/» и это имя.</translation>
    </message>
    <message>
        <source>Stored in the keychain as “%1”.</source>
        <translation>Сохранено в связке ключей как «%1».</translation>
    </message>
    <message>
        <source>Add as a portal</source>
        <translation>Добавить как портал</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>A new portal profile for %1 that signs in with this key (kept in the keychain), with the same certificate settings.</source>
        <translation>Новый профиль портала для %1, который входит с этим ключом (хранится в связке ключей), с теми же настройками сертификата.</translation>
    </message>
    <message>
        <source>Portal &amp;name:</source>
        <translation>&amp;Имя портала:</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Добавление…</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Не добавлено: %1</translation>
    </message>
    <message>
        <source>Added the portal “%1”; it is on the Portals page.</source>
        <translation>Портал «%1» добавлен; он находится на странице «Порталы».</translation>
    </message>
    <message>
        <source>Close without keeping the key?</source>
        <translation>Закрыть, не сохранив ключ?</translation>
    </message>
    <message>
        <source>The key has not been copied, stored or added as a portal.</source>
        <translation>Ключ не скопирован, не сохранен и не добавлен как портал.</translation>
    </message>
    <message>
        <source>The portal never shows it again: to use this key you would have to make a new one (and delete this one).</source>
        <translation>Портал больше никогда его не покажет: чтобы использовать этот ключ, придется создать новый (и удалить этот).</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Все равно закрыть</translation>
    </message>
    <message>
        <source>&amp;Keep it first</source>
        <translation>Сначала со&amp;хранить</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeyDialog</name>
    <message>
        <source>New API key on %1</source>
        <translation>Новый ключ API на %1</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Edit the API key “%1”</source>
        <translation>Изменить ключ API «%1»</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>What uses the key, e.g. “CI deploy”</source>
        <translation>Для чего используется ключ, например «развертывание CI»</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>The key itself and its expiry stay as they are.</source>
        <translation>Сам ключ и срок его действия останутся без изменений.</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>Ис&amp;текает через</translation>
    </message>
    <message>
        <source>Days until the key expires</source>
        <translation>Дней до истечения срока действия ключа</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Ne&amp;ver expires</source>
        <translation>&amp;Бессрочный</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeySection</name>
    <message>
        <source>Create a key in DocSpace under Developer Tools → API keys. The portal shows it only once; PortalKeys keeps it in the keychain.</source>
        <translation>Создайте ключ в DocSpace в разделе «Инструменты разработчика» → «Ключи API». Портал показывает его только один раз; PortalKeys хранит его в связке ключей.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Вставьте ключ API.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>Ключи API</translation>
    </message>
    <message>
        <source>The API keys of a portal (Developer Tools → API keys): scripts and integrations sign in with them. A portal admin sees every key, other users their own. A new key is shown once, when it is made.</source>
        <translation>Ключи API портала («Инструменты разработчика» → «Ключи API»): с ними входят скрипты и интеграции. Администратор портала видит все ключи, остальные пользователи — только свои. Новый ключ показывается один раз, при создании.</translation>
    </message>
    <message>
        <source>Load the portal&apos;s API keys again</source>
        <translation>Снова загрузить ключи API портала</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Make a new API key on this portal</source>
        <translation>Создать новый ключ API на этом портале</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>О&amp;тключить</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the key on the portal</source>
        <translation>Удалить ключ на портале</translation>
    </message>
    <message>
        <source>The portal changes no expired key: delete it and make a new one.</source>
        <translation>Портал не изменяет ключи с истекшим сроком действия: удалите такой ключ и создайте новый.</translation>
    </message>
    <message>
        <source>Rename the key or change its permissions</source>
        <translation>Переименовать ключ или изменить его права доступа</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Let the portal accept the key again</source>
        <translation>Разрешить порталу снова принимать ключ</translation>
    </message>
    <message>
        <source>The portal refuses the key until it is switched on; nothing else changes</source>
        <translation>Портал отклоняет ключ, пока он не будет включен; больше ничего не меняется</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within %1 days</source>
        <translation>
            <numerusform>%n ключ истекает в течение %1 дн.</numerusform>
            <numerusform>%n ключа истекают в течение %1 дн.</numerusform>
            <numerusform>%n ключей истекают в течение %1 дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have expired</source>
        <translation>
            <numerusform>%n ключ просрочен</numerusform>
            <numerusform>%n ключа просрочены</numerusform>
            <numerusform>%n ключей просрочены</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted rows expire within %1 days; expired rows are in italics.</source>
        <translation>Выделенные строки истекают в течение %1 дн.; строки с истекшим сроком выделены курсивом.</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to see its API keys.</source>
        <translation>Добавьте портал на странице «Порталы», чтобы увидеть его ключи API.</translation>
    </message>
    <message>
        <source>%1 has no API keys you can see. Create… makes one.</source>
        <translation>На портале %1 нет доступных вам ключей API. Создать ключ можно кнопкой «Создать…».</translation>
    </message>
    <message>
        <source>Not loaded yet: Reload asks %1.</source>
        <translation>Еще не загружено: кнопка «Обновить» запросит %1.</translation>
    </message>
    <message>
        <source>Loading the API keys of %1…</source>
        <translation>Загрузка ключей API портала %1…</translation>
    </message>
    <message>
        <source>The keys were not loaded.</source>
        <translation>Ключи не загружены.</translation>
    </message>
    <message>
        <source>Loading the keys again failed:</source>
        <translation>Не удалось повторно загрузить ключи:</translation>
    </message>
    <message>
        <source>Creating the API key “%1” on %2…</source>
        <translation>Создание ключа API «%1» на %2…</translation>
    </message>
    <message>
        <source>The key was not created.</source>
        <translation>Ключ не создан.</translation>
    </message>
    <message>
        <source>Created the API key “%1”.</source>
        <translation>Ключ API «%1» создан.</translation>
    </message>
    <message>
        <source>Saving the API key “%1”…</source>
        <translation>Сохранение ключа API «%1»…</translation>
    </message>
    <message>
        <source>Saved the API key “%1”.</source>
        <translation>Ключ API «%1» сохранен.</translation>
    </message>
    <message>
        <source>Switching “%1” off…</source>
        <translation>Отключение «%1»…</translation>
    </message>
    <message>
        <source>Switched “%1” off: the portal refuses it until it is switched on.</source>
        <translation>Ключ «%1» отключен: портал отклоняет его, пока он не будет включен.</translation>
    </message>
    <message>
        <source>Switching “%1” on…</source>
        <translation>Включение «%1»…</translation>
    </message>
    <message>
        <source>Switched “%1” on.</source>
        <translation>Ключ «%1» включен.</translation>
    </message>
    <message>
        <source>Delete the API key</source>
        <translation>Удалить ключ API</translation>
    </message>
    <message>
        <source>Delete the API key “%1” (%2)?</source>
        <translation>Удалить ключ API «%1» (%2)?</translation>
    </message>
    <message>
        <source>Whatever signs in with it stops working, and it cannot be brought back. To stop it for a while, switch it off instead.</source>
        <translation>Все, что входит с этим ключом, перестанет работать, и восстановить ключ будет нельзя. Чтобы остановить его на время, лучше отключите его.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Deleting the API key “%1”…</source>
        <translation>Удаление ключа API «%1»…</translation>
    </message>
    <message>
        <source>Deleted the API key “%1”.</source>
        <translation>Ключ API «%1» удален.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppActionBar</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>E&amp;xport draft…</source>
        <translation>&amp;Экспортировать черновик…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Save the form as a JSON draft file, to register the app on another portal or keep it elsewhere; it never holds a secret</source>
        <translation>Сохранить форму как файл черновика JSON, чтобы зарегистрировать приложение на другом портале или хранить его в другом месте; секреты в нем никогда не сохраняются</translation>
    </message>
    <message>
        <source>Keep the app as a draft on this computer</source>
        <translation>Сохранить приложение как черновик на этом компьютере</translation>
    </message>
    <message>
        <source>Send the changed fields to the portal</source>
        <translation>Отправить измененные поля на портал</translation>
    </message>
    <message>
        <source>Register the app on %1</source>
        <translation>Зарегистрировать приложение на %1</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to register the app</source>
        <translation>Добавьте портал на странице «Порталы», чтобы зарегистрировать приложение</translation>
    </message>
    <message>
        <source>Delete the app on the portal</source>
        <translation>Удалить приложение на портале</translation>
    </message>
    <message>
        <source>Delete the draft file</source>
        <translation>Удалить файл черновика</translation>
    </message>
    <message>
        <source>To register, fill in: %1.</source>
        <translation>Для регистрации заполните: %1.</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to register the app.</source>
        <translation>Добавьте портал на странице «Порталы», чтобы зарегистрировать приложение.</translation>
    </message>
    <message>
        <source>Correct the marked fields to update the app.</source>
        <translation>Исправьте отмеченные поля, чтобы обновить приложение.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppForm</name>
    <message>
        <source>Left out, as this portal does not know them: %1.</source>
        <translation>Пропущены, так как этот портал их не знает: %1.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppFormPanel</name>
    <message>
        <source>Registered on %1, enabled</source>
        <translation>Зарегистрировано на %1, включено</translation>
    </message>
    <message>
        <source>Registered on %1, disabled</source>
        <translation>Зарегистрировано на %1, отключено</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>ID клиента: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Draft, changed</source>
        <translation>Черновик, изменен</translation>
    </message>
    <message>
        <source>Draft, not registered</source>
        <translation>Черновик, не зарегистрирован</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Новое приложение</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Еще не сохранено</translation>
    </message>
    <message>
        <source>the new app</source>
        <translation>новое приложение</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Отменить изменения в «%1»?</translation>
    </message>
    <message>
        <source>They have not been sent to the portal.</source>
        <translation>Они не были отправлены на портал.</translation>
    </message>
    <message>
        <source>They have not been saved as a draft.</source>
        <translation>Они не были сохранены как черновик.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppHeader</name>
    <message>
        <source>&amp;Try it…</source>
        <translation>Попро&amp;бовать…</translation>
    </message>
    <message>
        <source>Sh&amp;ow secret…</source>
        <translation>Показать се&amp;крет…</translation>
    </message>
    <message>
        <source>Read the app&apos;s client secret from the portal, to copy it or keep it in the keychain</source>
        <translation>Получить секрет клиента приложения с портала, чтобы скопировать его или сохранить в связке ключей</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>Сгенери&amp;ровать секрет…</translation>
    </message>
    <message>
        <source>Make a new client secret; the current one stops working</source>
        <translation>Создать новый секрет клиента; текущий перестанет работать</translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation>Копировать &amp;ID клиента</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Отклю&amp;чить</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Stop the app&apos;s sign-ins; it can be enabled again</source>
        <translation>Запретить вход через приложение; его можно будет снова включить</translation>
    </message>
    <message>
        <source>Let the app sign in again</source>
        <translation>Снова разрешить вход через приложение</translation>
    </message>
    <message>
        <source>Sign in as this app in the browser and see the tokens the portal issues</source>
        <translation>Войти от имени этого приложения в браузере и посмотреть, какие токены выдает портал</translation>
    </message>
    <message>
        <source>Enable the app to try it</source>
        <translation>Включите приложение, чтобы попробовать его</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppList</name>
    <message>
        <source>OAuth apps</source>
        <translation>Приложения OAuth</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppListPanel</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Ne&amp;w app</source>
        <translation>&amp;Новое приложение</translation>
    </message>
    <message>
        <source>&amp;Import draft…</source>
        <translation>И&amp;мпортировать черновик…</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Загрузить &amp;еще</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Загрузить все</translation>
    </message>
    <message>
        <source>Start a new app on an empty form</source>
        <translation>Создать новое приложение с пустой формой</translation>
    </message>
    <message>
        <source>Read a draft from a JSON file and keep it with the drafts</source>
        <translation>Прочитать черновик из файла JSON и добавить его к черновикам</translation>
    </message>
    <message numerus="yes">
        <source>%n apps shown; the portal has more.</source>
        <translation>
            <numerusform>Показано %n приложение; на портале их больше.</numerusform>
            <numerusform>Показано %n приложения; на портале их больше.</numerusform>
            <numerusform>Показано %n приложений; на портале их больше.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppOperations</name>
    <message numerus="yes">
        <source>Loading all apps… %n so far</source>
        <translation>
            <numerusform>Загрузка всех приложений… загружено: %n</numerusform>
            <numerusform>Загрузка всех приложений… загружено: %n</numerusform>
            <numerusform>Загрузка всех приложений… загружено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the OAuth apps of %1…</source>
        <translation>Загрузка приложений OAuth портала %1…</translation>
    </message>
    <message>
        <source>The apps were not loaded.</source>
        <translation>Приложения не загружены.</translation>
    </message>
    <message>
        <source>Loading all apps…</source>
        <translation>Загрузка всех приложений…</translation>
    </message>
    <message>
        <source>Loading more apps…</source>
        <translation>Загрузка следующих приложений…</translation>
    </message>
    <message>
        <source>Registering “%1” on %2…</source>
        <translation>Регистрация «%1» на %2…</translation>
    </message>
    <message>
        <source>%1 did not register the app.</source>
        <translation>Портал %1 не зарегистрировал приложение.</translation>
    </message>
    <message>
        <source>%1 answered without a client ID; reload the list to see whether the app was registered.</source>
        <translation>Портал %1 ответил без ID клиента; обновите список, чтобы проверить, зарегистрировано ли приложение.</translation>
    </message>
    <message>
        <source>“%1” is registered on %2.</source>
        <translation>«%1» зарегистрировано на %2.</translation>
    </message>
    <message>
        <source>Updating “%1” on %2…</source>
        <translation>Обновление «%1» на %2…</translation>
    </message>
    <message>
        <source>%1 did not update the app.</source>
        <translation>Портал %1 не обновил приложение.</translation>
    </message>
    <message>
        <source>Reading the app back…</source>
        <translation>Повторное чтение приложения…</translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation>Включение «%1»…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>Отключение «%1»…</translation>
    </message>
    <message>
        <source>The change was made, but the app could not be read back.</source>
        <translation>Изменение выполнено, но прочитать приложение повторно не удалось.</translation>
    </message>
    <message>
        <source>Making a new client secret for “%1”…</source>
        <translation>Создание нового секрета клиента для «%1»…</translation>
    </message>
    <message>
        <source>No new secret was made.</source>
        <translation>Новый секрет не создан.</translation>
    </message>
    <message>
        <source>Regenerate the client secret</source>
        <translation>Сгенерировать секрет клиента заново</translation>
    </message>
    <message>
        <source>Make a new client secret for “%1”?</source>
        <translation>Создать новый секрет клиента для «%1»?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every integration that uses it must get the new one. If the current secret is only misplaced, Show secret reads it again instead.</source>
        <translation>Текущий секрет сразу перестанет работать: все интеграции, которые его используют, должны получить новый. Если текущий секрет просто потерян, лучше прочитайте его снова кнопкой «Показать секрет».</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>Сгенери&amp;ровать</translation>
    </message>
    <message>
        <source>Reading the client secret of “%1”…</source>
        <translation>Чтение секрета клиента «%1»…</translation>
    </message>
    <message>
        <source>The portal gives the client secret only to its admins and the app&apos;s creator, and did not find “%1” for this account.</source>
        <translation>Портал выдает секрет клиента только своим администраторам и создателю приложения и не нашел «%1» для этой учетной записи.</translation>
    </message>
    <message>
        <source>The client secret was not read.</source>
        <translation>Секрет клиента не прочитан.</translation>
    </message>
    <message>
        <source>The portal sent no client secret for “%1”; Show secret asks for it again.</source>
        <translation>Портал не прислал секрет клиента для «%1»; кнопка «Показать секрет» запросит его снова.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Удаление «%1»…</translation>
    </message>
    <message>
        <source>The app was not deleted.</source>
        <translation>Приложение не удалено.</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>«%1» удалено.</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>Удалить приложение</translation>
    </message>
    <message>
        <source>Delete the app “%1” on %2?</source>
        <translation>Удалить приложение «%1» на %2?</translation>
    </message>
    <message>
        <source>Every integration that uses it stops working at once: its sign-ins and tokens are refused. This cannot be undone.</source>
        <translation>Все интеграции, которые его используют, сразу перестанут работать: их входы и токены будут отклоняться. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplyDialog</name>
    <message>
        <source>Apply to portals</source>
        <translation>Применить к порталам</translation>
    </message>
    <message>
        <source>Cancelled. Keys already saved on a portal stay saved there.</source>
        <translation>Отменено. Ключи, уже сохраненные на портале, остаются там.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tick the keys to apply and the portals to apply them to. Check first: it compares with every portal and sends nothing. Apply then saves the keys that differ.</source>
        <translation>Отметьте ключи для применения и порталы, к которым их нужно применить. Сначала нажмите «Проверить»: проверка сравнивает с каждым порталом и ничего не отправляет. Затем «Применить» сохранит отличающиеся ключи.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <source>Compare with every ticked portal and report what Apply would do; sends nothing</source>
        <translation>Сравнить с каждым отмеченным порталом и показать, что сделает «Применить»; ничего не отправляется</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Save the keys on the portals, as the check reported</source>
        <translation>Сохранить ключи на порталах согласно результатам проверки</translation>
    </message>
    <message>
        <source>Use a &amp;bundle file…</source>
        <translation>Использовать &amp;файл пакета…</translation>
    </message>
    <message>
        <source>Apply the drafts of an encrypted bundle without importing them</source>
        <translation>Применить черновики из зашифрованного пакета, не импортируя их</translation>
    </message>
    <message>
        <source>Use &amp;drafts</source>
        <translation>Использовать &amp;черновики</translation>
    </message>
    <message>
        <source>&amp;Portals:</source>
        <translation>П&amp;орталы:</translation>
    </message>
    <message>
        <source>Portals</source>
        <translation>Порталы</translation>
    </message>
    <message>
        <source>&amp;Keys from drafts:</source>
        <translation>&amp;Ключи из черновиков:</translation>
    </message>
    <message>
        <source>&amp;Keys from %1:</source>
        <translation>&amp;Ключи из %1:</translation>
    </message>
    <message>
        <source>There are no drafts yet. Save a service as a draft on the page (source “Offline drafts”), or use a bundle file.</source>
        <translation>Черновиков пока нет. Сохраните сервис как черновик на странице (источник «Офлайн-черновики») или используйте файл пакета.</translation>
    </message>
    <message>
        <source>Reading the drafts&apos; values from the keychain…</source>
        <translation>Чтение значений черновиков из связки ключей…</translation>
    </message>
    <message>
        <source>Preparing the keys…</source>
        <translation>Подготовка ключей…</translation>
    </message>
    <message>
        <source>Comparing with the portals…</source>
        <translation>Сравнение с порталами…</translation>
    </message>
    <message>
        <source>Applying the keys…</source>
        <translation>Применение ключей…</translation>
    </message>
    <message>
        <source>Comparing with the portals… %1 of %2 done.</source>
        <translation>Сравнение с порталами… готово %1 из %2.</translation>
    </message>
    <message>
        <source>Applying the keys… %1 of %2 portals done.</source>
        <translation>Применение ключей… готово порталов: %1 из %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: fix these drafts first.</source>
        <translation>Ничего не отправлено: сначала исправьте эти черновики.</translation>
    </message>
    <message>
        <source>%1 is larger than a bundle can be.</source>
        <translation>%1 больше максимально допустимого размера пакета.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplyReport</name>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <source>%n would be applied</source>
        <translation>
            <numerusform>будет применено: %n</numerusform>
            <numerusform>будет применено: %n</numerusform>
            <numerusform>будет применено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>применено: %n</numerusform>
            <numerusform>применено: %n</numerusform>
            <numerusform>применено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>уже актуально: %n</numerusform>
            <numerusform>уже актуально: %n</numerusform>
            <numerusform>уже актуально: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>нечего делать</translation>
    </message>
    <message>
        <source>Check: %1. Nothing was sent; press Apply to save the keys.</source>
        <translation>Проверка — %1. Ничего не отправлено; нажмите «Применить», чтобы сохранить ключи.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Готово — %1.</translation>
    </message>
    <message>
        <source>Check: %1. Nothing needs to be applied.</source>
        <translation>Проверка — %1. Применять ничего не нужно.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplySourceList</name>
    <message>
        <source>Keys to apply</source>
        <translation>Ключи для применения</translation>
    </message>
    <message>
        <source>%1 — Workspace, entered in Workspace&apos;s own page</source>
        <translation>%1 — Workspace, вводится на собственной странице Workspace</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>PortalKeys cannot apply keys to Workspace or Community Server; the draft&apos;s editor shows what to enter in Workspace&apos;s own settings page.</source>
        <translation>PortalKeys не может применять ключи к Workspace или Community Server; редактор черновика показывает, что ввести на странице настроек самого Workspace.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AuthenticationSection</name>
    <message>
        <source>Authentication method</source>
        <translation>Метод аутентификации</translation>
    </message>
    <message>
        <source>Allow public client (P&amp;KCE)</source>
        <translation>Разрешить общедоступный клиент (P&amp;KCE)</translation>
    </message>
    <message>
        <source>Apps that cannot keep a secret — in a browser or on a phone — sign in with PKCE instead of the client secret.</source>
        <translation>Приложения, которые не могут хранить секрет (в браузере или на телефоне), входят с помощью PKCE вместо секрета клиента.</translation>
    </message>
    <message>
        <source>There is no “is_public” choice to make: the portal sets it to true for every app.</source>
        <translation>Выбирать «is_public» не нужно: портал устанавливает для каждого приложения значение true.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BasicInfoSection</name>
    <message>
        <source>Basic info</source>
        <translation>Основные сведения</translation>
    </message>
    <message>
        <source>e.g. Sales reports</source>
        <translation>например, Отчеты о продажах</translation>
    </message>
    <message>
        <source>What the app does, for the people asked to allow it access</source>
        <translation>Что делает приложение — для тех, кого попросят предоставить ему доступ</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>Название при&amp;ложения:</translation>
    </message>
    <message>
        <source>W&amp;ebsite URL:</source>
        <translation>URL-адрес веб-са&amp;йта:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Иконка:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Оп&amp;исание:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BundleActions</name>
    <message>
        <source>PortalKeys bundles (*.pkbundle);;All files (*)</source>
        <translation>Пакеты PortalKeys (*.pkbundle);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>There are no drafts to export yet. Choose “Offline drafts” as the source, fill in a service and save it as a draft.</source>
        <translation>Черновиков для экспорта пока нет. Выберите источник «Офлайн-черновики», заполните сервис и сохраните его как черновик.</translation>
    </message>
    <message>
        <source>Reading the drafts&apos; values from the keychain…</source>
        <translation>Чтение значений черновиков из связки ключей…</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Ничего не экспортировано. %1</translation>
    </message>
    <message>
        <source>Encrypting the bundle…</source>
        <translation>Шифрование пакета…</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>Не удалось записать пакет: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n draft to %1.</source>
        <translation>
            <numerusform>Экспортирован %n черновик в %1.</numerusform>
            <numerusform>Экспортировано %n черновика в %1.</numerusform>
            <numerusform>Экспортировано %n черновиков в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drafts to %1.</source>
        <translation>
            <numerusform>Экспортирован %n черновик в %1.</numerusform>
            <numerusform>Экспортировано %n черновика в %1.</numerusform>
            <numerusform>Экспортировано %n черновиков в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the file.</source>
        <translation>Храните парольную фразу отдельно от файла.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB, so it is not a bundle.</source>
        <translation>%1 больше 16 МиБ, поэтому это не пакет.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation>Из %1 ничего не импортировано. %2</translation>
    </message>
    <message>
        <source>Storing the drafts&apos; values in the keychain…</source>
        <translation>Сохранение значений черновиков в связке ключей…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n draft from %1.</source>
        <translation>
            <numerusform>Импортирован %n черновик из %1.</numerusform>
            <numerusform>Импортировано %n черновика из %1.</numerusform>
            <numerusform>Импортировано %n черновиков из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drafts from %1.</source>
        <translation>
            <numerusform>Импортирован %n черновик из %1.</numerusform>
            <numerusform>Импортировано %n черновика из %1.</numerusform>
            <numerusform>Импортировано %n черновиков из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “Offline drafts” as the source to see them.</source>
        <translation>Чтобы увидеть их, выберите источник «Офлайн-черновики».</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page first; drafts are applied to the portals listed there.</source>
        <translation>Сначала добавьте портал на странице «Порталы»: черновики применяются к перечисленным там порталам.</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page first; the comparison reads a portal&apos;s keys.</source>
        <translation>Сначала добавьте портал на странице «Порталы»: для сравнения читаются ключи портала.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BundleButtons</name>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
        <source>Write drafts and their values to a file encrypted with a passphrase</source>
        <translation>Записать черновики и их значения в файл, зашифрованный парольной фразой</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <source>Add the drafts of a bundle file to your drafts</source>
        <translation>Добавить черновики из файла пакета к вашим черновикам</translation>
    </message>
    <message>
        <source>&amp;Apply to portals…</source>
        <translation>&amp;Применить к порталам…</translation>
    </message>
    <message>
        <source>Check, then save drafts or a bundle on several portals at once</source>
        <translation>Проверить, а затем сохранить черновики или пакет сразу на нескольких порталах</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Ср&amp;авнить…</translation>
    </message>
    <message>
        <source>Compare a portal&apos;s keys with your drafts, a bundle or another portal</source>
        <translation>Сравнить ключи портала с вашими черновиками, пакетом или другим порталом</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Кому выдан:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (самоподписанный)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действителен:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Проблемы:</translation>
    </message>
    <message>
        <source>Certificate of “%1”</source>
        <translation>Сертификат «%1»</translation>
    </message>
    <message>
        <source>PortalKeys cannot verify the identity of %1</source>
        <translation>PortalKeys не может подтвердить подлинность %1</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not signed by an authority this computer trusts. That is normal for a server with a self-signed or company certificate, but it is also what an attacker between you and the portal would show. Trust it only if the fingerprint below is the one of your server — ask its administrator, or compare it on the server itself.</source>
        <translation>Сертификат портала не подписан центром сертификации, которому доверяет этот компьютер. Это нормально для сервера с самоподписанным или корпоративным сертификатом, но то же самое показал бы и злоумышленник, находящийся между вами и порталом. Доверяйте ему, только если указанный ниже отпечаток принадлежит вашему серверу: уточните у его администратора или сверьте на самом сервере.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>&amp;Доверять этому сертификату для этого портала</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ChangePreviewDialog</name>
    <message>
        <source>&amp;Reveal values</source>
        <translation>&amp;Показать значения</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>Отключение %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Сохранение %1</translation>
    </message>
    <message>
        <source>Switch %1 off on %2?</source>
        <translation>Отключить %1 на %2?</translation>
    </message>
    <message>
        <source>Save the keys of %1 on %2?</source>
        <translation>Сохранить ключи %1 на %2?</translation>
    </message>
    <message>
        <source>What changes: %1.</source>
        <translation>Что изменится: %1.</translation>
    </message>
    <message>
        <source>This switches %1 off: every key is cleared on the portal, and what uses the service there stops working until new keys are saved.</source>
        <translation>Сервис %1 будет отключен: все ключи на портале будут очищены, и то, что использует там этот сервис, перестанет работать, пока не будут сохранены новые ключи.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>После сохранения</translation>
    </message>
    <message>
        <source>Show the secret values in full</source>
        <translation>Показать секретные значения полностью</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменен</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>очищен</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ClientSecretDialog</name>
    <message>
        <source>“%1” is registered</source>
        <translation>«%1» зарегистрировано</translation>
    </message>
    <message>
        <source>New client secret of “%1”</source>
        <translation>Новый секрет клиента «%1»</translation>
    </message>
    <message>
        <source>Client secret of “%1”</source>
        <translation>Секрет клиента «%1»</translation>
    </message>
    <message>
        <source>Anyone who has this secret can sign in as the app: copy it only into the integration that needs it, or keep it in the keychain.</source>
        <translation>Любой, у кого есть этот секрет, может войти от имени приложения: копируйте его только в интеграцию, которой он нужен, или сохраните в связке ключей.</translation>
    </message>
    <message>
        <source>Give this secret to the integration that signs in as the app, or keep it in the keychain. If it goes missing, Show secret on the OAuth apps page reads it again from the portal: there is no need to regenerate it.</source>
        <translation>Передайте этот секрет интеграции, которая входит от имени приложения, или сохраните его в связке ключей. Если он потеряется, кнопка «Показать секрет» на странице «Приложения OAuth» снова прочитает его с портала: генерировать его заново не нужно.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>С&amp;екрет клиента:</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Скопировать секрет клиента</translation>
    </message>
    <message>
        <source>Keep it in the keychain</source>
        <translation>Сохранить в связке ключей</translation>
    </message>
    <message>
        <source>Store as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>A named secret in the keychain: “Try it” on the OAuth apps page finds it under this name.</source>
        <translation>Именованный секрет в связке ключей: «Попробовать» на странице «Приложения OAuth» найдет его под этим именем.</translation>
    </message>
    <message>
        <source>Stored in the keychain as “%1”. “Try it” on the OAuth apps page finds it under this name.</source>
        <translation>Сохранено в связке ключей как «%1». «Попробовать» на странице «Приложения OAuth» найдет его под этим именем.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation>Скопировать ID клиента</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID клиента:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::CompareDialog</name>
    <message>
        <source>Compare authorization keys</source>
        <translation>Сравнение ключей авторизации</translation>
    </message>
    <message>
        <source>The offline &amp;drafts</source>
        <translation>Офлайн-&amp;черновики</translation>
    </message>
    <message>
        <source>A &amp;bundle file</source>
        <translation>&amp;Файл пакета</translation>
    </message>
    <message>
        <source>Another p&amp;ortal</source>
        <translation>Другой п&amp;ортал</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Other portal</source>
        <translation>Другой портал</translation>
    </message>
    <message>
        <source>Is the portal still what you prepared? Its authorization keys are compared key by key. Secret values are compared without being shown.</source>
        <translation>Соответствует ли портал тому, что вы подготовили? Его ключи авторизации сравниваются по одному. Секретные значения сравниваются без отображения.</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Портал:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Сравнить с:</translation>
    </message>
    <message>
        <source>Show the &amp;values of keys that are not secrets</source>
        <translation>Показывать &amp;значения несекретных ключей</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>&amp;Apply the Prepared Keys…</source>
        <translation>П&amp;рименить подготовленные ключи…</translation>
    </message>
    <message>
        <source>Reading what was prepared…</source>
        <translation>Чтение подготовленных данных…</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>Чтение ключей %1…</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be read.</source>
        <translation>Не удается прочитать пакет %1.</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>пакет %1</translation>
    </message>
    <message>
        <source>The keys of %1 could not be read.</source>
        <translation>Не удалось прочитать ключи %1.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has authorization keys.</source>
        <translation>Ни у %1, ни у %2 нет ключей авторизации.</translation>
    </message>
    <message>
        <source>No differences between %1 and %2 (keys compared: %3).</source>
        <translation>Между %1 и %2 различий нет (сравнено ключей: %3).</translation>
    </message>
    <message>
        <source>Keys that differ between %1 and %2: %3 of %4.</source>
        <translation>Ключи, различающиеся между %1 и %2: %3 из %4.</translation>
    </message>
    <message>
        <source>Reading the keys of %1 and %2…</source>
        <translation>Чтение ключей %1 и %2…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ConfigTab</name>
    <message>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <source>Only in token</source>
        <translation>Только в токене</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Различается</translation>
    </message>
    <message>
        <source>Editor config</source>
        <translation>Конфигурация редактора</translation>
    </message>
    <message>
        <source>Paste the editor config (the object given to DocsAPI.DocEditor), or a method&apos;s parameter object</source>
        <translation>Вставьте конфигурацию редактора (объект, передаваемый в DocsAPI.DocEditor) или объект параметров метода</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>Вст&amp;авить пример</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Document Server secret</source>
        <translation>Секрет Document Server</translation>
    </message>
    <message>
        <source>&amp;Sign config</source>
        <translation>Подп&amp;исать конфигурацию</translation>
    </message>
    <message>
        <source>C&amp;heck config</source>
        <translation>П&amp;роверить конфигурацию</translation>
    </message>
    <message>
        <source>Differences between config and token</source>
        <translation>Различия между конфигурацией и токеном</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Различие</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Signed config</source>
        <translation>Подписанная конфигурация</translation>
    </message>
    <message>
        <source>The signed config appears here</source>
        <translation>Здесь появится подписанная конфигурация</translation>
    </message>
    <message>
        <source>&amp;Copy config</source>
        <translation>&amp;Копировать конфигурацию</translation>
    </message>
    <message>
        <source>Valid JSON object.</source>
        <translation>Корректный объект JSON.</translation>
    </message>
    <message>
        <source>The config must be a JSON object.</source>
        <translation>Конфигурация должна быть объектом JSON.</translation>
    </message>
    <message>
        <source>The config is not a JSON object.</source>
        <translation>Конфигурация не является объектом JSON.</translation>
    </message>
    <message>
        <source>Signed: the config now carries its token.</source>
        <translation>Подписано: теперь конфигурация содержит свой токен.</translation>
    </message>
    <message>
        <source>The config has no “token” member to check.</source>
        <translation>В конфигурации нет поля «token» для проверки.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Недействителен: %1</translation>
    </message>
    <message numerus="yes">
        <source>The signature is valid, but the token does not sign exactly this config: %n difference(s).</source>
        <translation>
            <numerusform>Подпись действительна, но токен подписывает не в точности эту конфигурацию: %n различие.</numerusform>
            <numerusform>Подпись действительна, но токен подписывает не в точности эту конфигурацию: %n различия.</numerusform>
            <numerusform>Подпись действительна, но токен подписывает не в точности эту конфигурацию: %n различий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the token signs exactly this config.</source>
        <translation>Действителен: токен подписывает в точности эту конфигурацию.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ConnectionResultView</name>
    <message>
        <source>Review the &amp;certificate…</source>
        <translation>Просмотреть &amp;сертификат…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Portal: %1.</source>
        <translation>Портал: %1.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms.</source>
        <translation>Время отклика: %1 мс.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, %3.</source>
        <translation>Подключено к %1 как %2, %3.</translation>
    </message>
    <message>
        <source>Portal admin rights: yes — PortalKeys can manage this portal&apos;s third-party authorization keys.
%1</source>
        <translation>Права администратора портала: есть — PortalKeys может управлять ключами сторонних сервисов этого портала.
%1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, who is not a portal admin.</source>
        <translation>Подключено к %1 как %2 — этот пользователь не является администратором портала.</translation>
    </message>
    <message>
        <source>Third-party authorization keys can only be managed by a portal admin (the owner or a DocSpace admin). Sign in as an admin to change them.
%1</source>
        <translation>Ключами сторонних сервисов может управлять только администратор портала (владелец или администратор DocSpace). Чтобы изменить их, войдите как администратор.
%1</translation>
    </message>
    <message>
        <source>The portal said: “%1”</source>
        <translation>Ответ портала: «%1»</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>HTTP-статус %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Вход выполнен как %1.</translation>
    </message>
    <message>
        <source>Test the connection to see how the portal answers now.</source>
        <translation>Проверьте подключение, чтобы узнать, как портал отвечает сейчас.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::DraftActions</name>
    <message>
        <source>Some draft files cannot be read and were left alone:</source>
        <translation>Некоторые файлы черновиков не удается прочитать, они оставлены без изменений:</translation>
    </message>
    <message>
        <source>The draft was not saved. %1</source>
        <translation>Черновик не сохранен. %1</translation>
    </message>
    <message>
        <source>The draft was not exported. %1</source>
        <translation>Черновик не экспортирован. %1</translation>
    </message>
    <message>
        <source>“%1” exported to %2.</source>
        <translation>«%1» экспортирован в %2.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ничего не импортировано. %1</translation>
    </message>
    <message>
        <source>“%1” imported from %2 as a draft.</source>
        <translation>«%1» импортирован из %2 как черновик.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation>Удалить черновик «%1»?</translation>
    </message>
    <message>
        <source>Its file is deleted from this computer. Apps registered from it stay on their portals.</source>
        <translation>Его файл будет удален с этого компьютера. Приложения, зарегистрированные по нему, останутся на своих порталах.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>A bundle carries drafts and their values to another computer in one file, encrypted with a passphrase.</source>
        <translation>Пакет переносит черновики и их значения на другой компьютер в одном файле, зашифрованном парольной фразой.</translation>
    </message>
    <message>
        <source>&amp;Drafts to export:</source>
        <translation>&amp;Черновики для экспорта:</translation>
    </message>
    <message>
        <source>Drafts to export</source>
        <translation>Черновики для экспорта</translation>
    </message>
    <message>
        <source>%1 — %2, changed %3</source>
        <translation>%1 — %2, изменен %3</translation>
    </message>
    <message>
        <source>At least %1 characters, e.g. a few unrelated words</source>
        <translation>Не менее %1 символов, например несколько не связанных между собой слов</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>По&amp;втор:</translation>
    </message>
    <message>
        <source>Anyone who has the file and the passphrase can read every key in it, and PortalKeys cannot open the file without the passphrase: keep the passphrase apart from the file, in a password manager.</source>
        <translation>Любой, у кого есть файл и парольная фраза, может прочитать все ключи в нем, а PortalKeys не сможет открыть файл без парольной фразы: храните парольную фразу отдельно от файла, в менеджере паролей.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Tick at least one draft.</source>
        <translation>Отметьте хотя бы один черновик.</translation>
    </message>
    <message>
        <source>Type the passphrase again, to be sure of it.</source>
        <translation>Введите парольную фразу еще раз для проверки.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet</source>
        <translation>Сохранить показанные строки в файл CSV для электронной таблицы</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>Include the portal&apos;s &amp;audit trail</source>
        <translation>Включить &amp;журнал аудита портала</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Портал:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;С даты:</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Все порталы</translation>
    </message>
    <message>
        <source>Damaged lines of the history file skipped: %1.</source>
        <translation>Пропущено поврежденных строк файла истории: %1.</translation>
    </message>
    <message>
        <source>Reading the audit trail of %1…</source>
        <translation>Чтение журнала аудита %1…</translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail was not read, only the local history is shown:</source>
        <translation>Журнал аудита портала не прочитан, показана только локальная история:</translation>
    </message>
    <message>
        <source>Also read the changes the portal itself recorded, from every source, its web pages included (portal admins only)</source>
        <translation>Также прочитать изменения, записанные самим порталом, из всех источников, включая его веб-страницы (только для администраторов портала)</translation>
    </message>
    <message>
        <source>Choose one portal to read its audit trail</source>
        <translation>Выберите один портал, чтобы прочитать его журнал аудита</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows exported to %1: %2.</source>
        <translation>Экспортировано строк в %1: %2.</translation>
    </message>
    <message>
        <source>The history was not exported to %1: %2</source>
        <translation>История не экспортирована в %1: %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::IconPicker</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Удали&amp;ть</translation>
    </message>
    <message>
        <source>Icon preview</source>
        <translation>Предпросмотр иконки</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG image; the portal shows it at 32×32 pixels</source>
        <translation>Изображение PNG, JPEG или SVG; портал показывает его в размере 32×32 пикселя</translation>
    </message>
    <message>
        <source>Use an image copied from another program</source>
        <translation>Использовать изображение, скопированное из другой программы</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an app icon.</source>
        <translation>%1: слишком большой размер для иконки приложения.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>В буфере обмена нет изображения.</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>вставленное изображение</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy an image, or choose an image file.</source>
        <translation>В буфере обмена нет изображения. Скопируйте изображение или выберите файл изображения.</translation>
    </message>
    <message>
        <source>Scale the icon</source>
        <translation>Масштабирование иконки</translation>
    </message>
    <message>
        <source>Scale to 32×32?</source>
        <translation>Масштабировать до 32×32?</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels; the portal shows app icons at 32×32. PortalKeys can scale it, keeping its proportions on a transparent square, and store it as PNG.</source>
        <translation>%1: %2×%3 пикс.; портал показывает иконки приложений в размере 32×32. PortalKeys может масштабировать изображение, сохранив пропорции на прозрачном квадрате, и сохранить его в формате PNG.</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Масштабировать</translation>
    </message>
    <message>
        <source>No icon yet. PNG, JPEG or SVG; 32×32 pixels.</source>
        <translation>Иконки пока нет. PNG, JPEG или SVG; 32×32 пикселя.</translation>
    </message>
    <message>
        <source>The icon cannot be shown.</source>
        <translation>Не удается показать иконку.</translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 пикс.</translation>
    </message>
    <message>
        <source>no declared size</source>
        <translation>размер не указан</translation>
    </message>
    <message>
        <source>%1, %2, %3 bytes</source>
        <translation>%1, %2, байт: %3</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::InspectTab</name>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Копировать &amp;токен</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>Полезная &amp;нагрузка</translation>
    </message>
    <message>
        <source>Check e&amp;xpiry and not-before</source>
        <translation>Проверять &amp;срок действия и начало действия</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Clock difference allowed between the token&apos;s issuer and this computer</source>
        <translation>Допустимая разница часов между издателем токена и этим компьютером</translation>
    </message>
    <message>
        <source>Plain &amp;JWS</source>
        <translation>Простой &amp;JWS</translation>
    </message>
    <message>
        <source>The payload may be any data: check only the signature and the header, no claims or times</source>
        <translation>Полезная нагрузка может быть любыми данными: проверять только подпись и заголовок, без утверждений и времени</translation>
    </message>
    <message>
        <source>L&amp;eeway:</source>
        <translation>&amp;Допуск:</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Проверить с помощью</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Try &amp;common secrets</source>
        <translation>Проверить &amp;распространенные секреты</translation>
    </message>
    <message>
        <source>Check whether an HMAC token was signed with a well-known weak secret</source>
        <translation>Проверить, не подписан ли токен HMAC общеизвестным слабым секретом</translation>
    </message>
    <message>
        <source>Try a &amp;word list…</source>
        <translation>Проверить по с&amp;ловарю…</translation>
    </message>
    <message>
        <source>Word list (one secret per line)</source>
        <translation>Словарь (один секрет в строке)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Paste a token to decode it.</source>
        <translation>Вставьте токен, чтобы декодировать его.</translation>
    </message>
    <message>
        <source>Cannot read the token: %1</source>
        <translation>Не удается прочитать токен: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Недействителен: %1</translation>
    </message>
    <message>
        <source>Signature not checked: give the key to verify this %1 token.</source>
        <translation>Подпись не проверена: укажите ключ для проверки этого токена %1.</translation>
    </message>
    <message>
        <source>Not checked: the key cannot be read. %1</source>
        <translation>Не проверено: не удается прочитать ключ. %1</translation>
    </message>
    <message>
        <source>the built-in list of weak secrets</source>
        <translation>встроенный список слабых секретов</translation>
    </message>
    <message>
        <source>Valid plain JWS: the %1 signature checks out (no claims checked).</source>
        <translation>Действительный простой JWS: подпись %1 верна (утверждения не проверялись).</translation>
    </message>
    <message>
        <source>Valid: the %1 signature and the times check out.</source>
        <translation>Действителен: подпись %1 и время верны.</translation>
    </message>
    <message>
        <source>Valid signature (%1); times not checked.</source>
        <translation>Подпись действительна (%1); время не проверялось.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n candidates is the secret.</source>
        <translation>
            <numerusform>Ни один из %n кандидата не является секретом.</numerusform>
            <numerusform>Ни один из %n кандидатов не является секретом.</numerusform>
            <numerusform>Ни один из %n кандидатов не является секретом.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found the secret: %1. Anyone can forge tokens with it: replace it with a long random secret.</source>
        <translation>Секрет найден: %1. С ним кто угодно может подделывать токены: замените его длинным случайным секретом.</translation>
    </message>
    <message>
        <source>the empty secret</source>
        <translation>пустой секрет</translation>
    </message>
    <message>
        <source>Local time: %1
Raw value: %2</source>
        <translation>Местное время: %1
Исходное значение: %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::JwtInspectorPage</name>
    <message>
        <source>&amp;Decode and verify</source>
        <translation>&amp;Декодирование и проверка</translation>
    </message>
    <message>
        <source>S&amp;ign</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <source>Document &amp;Server config</source>
        <translation>Конфигурация Document &amp;Server</translation>
    </message>
    <message>
        <source>JWT inspector</source>
        <translation>Инспектор JWT</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::KeyField</name>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>Secret missing – enter it again</source>
        <translation>Секрет отсутствует — введите его снова</translation>
    </message>
    <message>
        <source>Problems with %1</source>
        <translation>Проблемы с %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::KeyPanel</name>
    <message>
        <source>Kind of key</source>
        <translation>Тип ключа</translation>
    </message>
    <message>
        <source>What kind of key to give</source>
        <translation>Какой ключ указать</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>Секрет HMAC</translation>
    </message>
    <message>
        <source>Public or private key (PEM, JWK, JWK Set)</source>
        <translation>Открытый или закрытый ключ (PEM, JWK, JWK Set)</translation>
    </message>
    <message>
        <source>The secret the token was signed with</source>
        <translation>Секрет, которым подписан токен</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Текст (UTF-8)</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base64url</source>
        <translation>Base64url</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>e.g. Document Server production</source>
        <translation>например, Document Server рабочий</translation>
    </message>
    <message>
        <source>Keychain name</source>
        <translation>Имя в связке ключей</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>За&amp;грузить</translation>
    </message>
    <message>
        <source>Fill in the secret kept in the keychain under this name</source>
        <translation>Подставить секрет, сохраненный в связке ключей под этим именем</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Keep the secret in the keychain under this name</source>
        <translation>Сохранить секрет в связке ключей под этим именем</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Секрет:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Связка ключей:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY-----
…
or a JWK / JWK Set in JSON</source>
        <translation>-----BEGIN PUBLIC KEY-----
…
или JWK / JWK Set в формате JSON</translation>
    </message>
    <message>
        <source>Load from &amp;file…</source>
        <translation>Загрузить из &amp;файла…</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Чтение связки ключей…</translation>
    </message>
    <message>
        <source>Loaded the secret “%1” from the keychain.</source>
        <translation>Секрет «%1» загружен из связки ключей.</translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation>Сначала введите секрет.</translation>
    </message>
    <message>
        <source>Saved the secret in the keychain as “%1”.</source>
        <translation>Секрет сохранен в связке ключей как «%1».</translation>
    </message>
    <message>
        <source>Open a key</source>
        <translation>Открыть ключ</translation>
    </message>
    <message>
        <source>Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk);;All files (*)</source>
        <translation>Ключи (*.pem *.crt *.cer *.key *.pub *.json *.jwk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Не удается прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than 1 MiB; that is no key.</source>
        <translation>«%1» больше 1 МиБ; это не ключ.</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>«%1» загружен.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::LegalSection</name>
    <message>
        <source>Support and legal info</source>
        <translation>Поддержка и юридическая информация</translation>
    </message>
    <message>
        <source>Privac&amp;y policy URL:</source>
        <translation>URL-адрес политики кон&amp;фиденциальности:</translation>
    </message>
    <message>
        <source>Terms o&amp;f service URL:</source>
        <translation>URL-а&amp;дрес условий использования:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::MainWindow</name>
    <message>
        <source>the portal&apos;s authorization keys for Google, Box, Dropbox, OneDrive, DocuSign, Twilio, Telegram, S3 and more, with guidance for each service, online or prepared offline.</source>
        <translation>ключи авторизации портала для Google, Box, Dropbox, OneDrive, DocuSign, Twilio, Telegram, S3 и других сервисов, с инструкциями по каждому сервису, в режиме онлайн или с подготовкой офлайн.</translation>
    </message>
    <message>
        <source>register and manage DocSpace OAuth 2.0 apps: redirect URLs, allowed origins, scopes, icon and PKCE, with drafts kept offline.</source>
        <translation>регистрация приложений OAuth 2.0 в DocSpace и управление ими: URL-адреса перенаправления, разрешенные источники, области действия, иконка и PKCE, с черновиками, хранящимися офлайн.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About PortalKeys</source>
        <translation>&amp;О программе PortalKeys</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::MultiLineKeyEdit</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>Replace the key with what the clipboard holds</source>
        <translation>Заменить ключ содержимым буфера обмена</translation>
    </message>
    <message>
        <source>Read the key from a file, such as a .p8 or .json file from the provider</source>
        <translation>Прочитать ключ из файла, например из файла .p8 или .json от поставщика</translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %n characters on one line</source>
        <translation>
            <numerusform>Скрыто: %n символ в одной строке</numerusform>
            <numerusform>Скрыто: %n символа в одной строке</numerusform>
            <numerusform>Скрыто: %n символов в одной строке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %1 characters on %n lines</source>
        <translation>
            <numerusform>Скрыто символов: %1, в %n строке</numerusform>
            <numerusform>Скрыто символов: %1, в %n строках</numerusform>
            <numerusform>Скрыто символов: %1, в %n строках</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Скрыть ключ</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a key file.</source>
        <translation>%1 больше 1 МиБ, поэтому это не файл ключа.</translation>
    </message>
    <message>
        <source>%1 is not a text file; choose the key file itself.</source>
        <translation>%1 не является текстовым файлом; выберите сам файл ключа.</translation>
    </message>
    <message>
        <source>Load a key file</source>
        <translation>Загрузка файла ключа</translation>
    </message>
    <message>
        <source>Key files (*.p8 *.pem *.key *.json);;All files (*)</source>
        <translation>Файлы ключей (*.p8 *.pem *.key *.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OAuthAppsPage</name>
    <message>
        <source>OAuth apps</source>
        <translation>Приложения OAuth</translation>
    </message>
    <message>
        <source>The OAuth 2.0 apps registered on a portal, and drafts prepared on this computer. Show secret reads an app&apos;s client secret again at any time (for portal admins and the app&apos;s creator).</source>
        <translation>Приложения OAuth 2.0, зарегистрированные на портале, и черновики, подготовленные на этом компьютере. «Показать секрет» в любой момент снова прочитает секрет клиента приложения (для администраторов портала и создателя приложения).</translation>
    </message>
    <message>
        <source>Load the portal&apos;s apps again</source>
        <translation>Снова загрузить приложения портала</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Новое приложение</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Импортировать черновик</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OAuthSection</name>
    <message>
        <source>From Developer Tools → OAuth 2.0 on the portal</source>
        <translation>Из раздела портала «Инструменты разработчика» → «OAuth 2.0»</translation>
    </message>
    <message>
        <source>e.g. files:read rooms:read — empty: the app&apos;s own scopes</source>
        <translation>например, files:read rooms:read — пусто: собственные области действия приложения</translation>
    </message>
    <message>
        <source>After saving, Sign in with browser lets you sign in on the portal&apos;s own page. PortalKeys keeps only the tokens it gets, in the keychain.</source>
        <translation>После сохранения кнопка «Войти через браузер» позволит войти на собственной странице портала. PortalKeys хранит только полученные токены, в связке ключей.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID клиента:</translation>
    </message>
    <message>
        <source>&amp;Client secret:</source>
        <translation>Се&amp;крет клиента:</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>&amp;Области действия:</translation>
    </message>
    <message>
        <source>Optional — public clients use PKCE only</source>
        <translation>Необязательно — общедоступные клиенты используют только PKCE</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OperationPage</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PassphraseDialog</name>
    <message>
        <source>Enter the passphrase that protects “%1”.</source>
        <translation>Введите парольную фразу, защищающую «%1».</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PermissionChooser</name>
    <message>
        <source>&amp;All: everything the key&apos;s owner may do</source>
        <translation>&amp;Все: все, что может делать владелец ключа</translation>
    </message>
    <message>
        <source>&amp;Read only: read everything, change nothing</source>
        <translation>&amp;Только чтение: читать все, ничего не изменять</translation>
    </message>
    <message>
        <source>&amp;Chosen permissions:</source>
        <translation>Вы&amp;бранные права доступа:</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Чтение и запись</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PlaceholderPage</name>
    <message>
        <source>Coming soon: %1</source>
        <translation>Скоро: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalActionBar</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Add a portal</source>
        <translation>Добавить портал</translation>
    </message>
    <message>
        <source>Change the name, address or credentials of the selected portal</source>
        <translation>Изменить имя, адрес или учетные данные выбранного портала</translation>
    </message>
    <message>
        <source>Remove the selected portal and its secrets</source>
        <translation>Удалить выбранный портал и его секреты</translation>
    </message>
    <message>
        <source>Check the address and the credentials: who PortalKeys is signed in as, and whether that account is a portal admin</source>
        <translation>Проверить адрес и учетные данные: под каким пользователем PortalKeys выполнил вход и является ли эта учетная запись администратором портала</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Войти через &amp;браузер</translation>
    </message>
    <message>
        <source>Sign in on the portal&apos;s page in your browser and allow PortalKeys access</source>
        <translation>Войти на странице портала в браузере и разрешить доступ PortalKeys</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Get a new login token with your e-mail and password</source>
        <translation>Получить новый токен входа по email и паролю</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalDialog</name>
    <message>
        <source>Add a portal</source>
        <translation>Добавление портала</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение %1</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>например, рабочий</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>&amp;Адрес портала:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Способ входа:</translation>
    </message>
    <message>
        <source>PortalKeys connects to %1</source>
        <translation>PortalKeys подключается к %1</translation>
    </message>
    <message>
        <source>Sign in and save</source>
        <translation>Войти и сохранить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Sign in and add</source>
        <translation>Войти и добавить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход в %1…</translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation>Ожидание кода двухфакторной аутентификации…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверка кода…</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Сохранение в связке ключей…</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not take the secrets.</source>
        <translation>Ничего не сохранено: связка ключей не приняла секреты.</translation>
    </message>
    <message>
        <source>Removing the old secrets from the keychain…</source>
        <translation>Удаление старых секретов из связки ключей…</translation>
    </message>
    <message>
        <source>Unchanged — type to replace</source>
        <translation>Без изменений — введите, чтобы заменить</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalEdits</name>
    <message>
        <source>A portal named “%1” was added meanwhile (on the command line or in another window); nothing was changed.</source>
        <translation>Тем временем был добавлен портал с именем «%1» (из командной строки или в другом окне); ничего не изменено.</translation>
    </message>
    <message>
        <source>“%1” was removed meanwhile (on the command line or in another window); nothing was changed.</source>
        <translation>Тем временем «%1» был удален (из командной строки или в другом окне); ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalEmptyState</name>
    <message>
        <source>No portals yet</source>
        <translation>Порталов пока нет</translation>
    </message>
    <message>
        <source>Add the first portal you administer: its address, and how PortalKeys signs in — with an API key, your e-mail and password, a token, or OAuth 2.0.</source>
        <translation>Добавьте первый портал, которым вы управляете: его адрес и способ входа PortalKeys — с помощью ключа API, email и пароля, токена или OAuth 2.0.</translation>
    </message>
    <message>
        <source>&amp;Add a portal…</source>
        <translation>&amp;Добавить портал…</translation>
    </message>
    <message>
        <source>Add a portal</source>
        <translation>Добавить портал</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalList</name>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>Email и пароль</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>Токен входа</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Portals</source>
        <translation>Порталы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Способ входа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalOperation</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalPicker</name>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Портал:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>No portals — add one on the Portals page</source>
        <translation>Нет порталов — добавьте портал на странице «Порталы»</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalSteps</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Проверка подключения к %1…</translation>
    </message>
    <message>
        <source>Preparing the sign-in to %1…</source>
        <translation>Подготовка входа в %1…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to %1 there and allow access.</source>
        <translation>Ожидание браузера… Войдите там в %1 и разрешите доступ.</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Завершение входа…</translation>
    </message>
    <message>
        <source>Saving the tokens in the keychain…</source>
        <translation>Сохранение токенов в связке ключей…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход в %1…</translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation>Ожидание кода двухфакторной аутентификации…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверка кода…</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Сохранение токена в связке ключей…</translation>
    </message>
    <message>
        <source>Remove portal</source>
        <translation>Удалить портал</translation>
    </message>
    <message>
        <source>Remove the portal “%1”?</source>
        <translation>Удалить портал «%1»?</translation>
    </message>
    <message>
        <source>PortalKeys forgets this portal and deletes its secrets from the keychain. Nothing changes on the portal itself: an API key or OAuth app stays valid there until you revoke it.</source>
        <translation>PortalKeys забудет этот портал и удалит его секреты из связки ключей. На самом портале ничего не изменится: ключ API или приложение OAuth останутся там действительными, пока вы их не отзовете.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Removing %1 and its secrets…</source>
        <translation>Удаление %1 и его секретов…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalsPage</name>
    <message>
        <source>Add a portal</source>
        <translation>Добавить портал</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Portals</source>
        <translation>Порталы</translation>
    </message>
    <message>
        <source>The portals PortalKeys connects to. Their keys, passwords and tokens stay in the keychain.</source>
        <translation>Порталы, к которым подключается PortalKeys. Их ключи, пароли и токены хранятся в связке ключей.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>PortalKeys could not open a browser.</source>
        <translation>PortalKeys не удалось открыть браузер.</translation>
    </message>
    <message>
        <source>Open this address in a browser yourself:
%1</source>
        <translation>Откройте этот адрес в браузере самостоятельно:
%1</translation>
    </message>
    <message>
        <source>“%1” was not removed, because its secrets could not be deleted from the keychain. %2</source>
        <translation>«%1» не удален, так как не удалось удалить его секреты из связки ключей. %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Takes effect when PortalKeys is restarted.</source>
        <translation>Вступит в силу после перезапуска PortalKeys.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::RedirectsSection</name>
    <message>
        <source>Redirects and origins</source>
        <translation>Перенаправления и источники</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL-адрес перенаправления</translation>
    </message>
    <message>
        <source>Add redirect URL</source>
        <translation>Добавить URL-адрес перенаправления</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>Разрешенный источник</translation>
    </message>
    <message>
        <source>Add allowed origin</source>
        <translation>Добавить разрешенный источник</translation>
    </message>
    <message>
        <source>Redirect URLs:</source>
        <translation>URL-адреса перенаправления:</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Разрешенные источники:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ScopeMatrix</name>
    <message>
        <source>Read</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>read</source>
        <translation>чтение</translation>
    </message>
    <message>
        <source>write</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>Write access includes read access.</source>
        <translation>Доступ на запись включает доступ на чтение.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ScopesSection</name>
    <message>
        <source>Access scopes</source>
        <translation>Области действия доступа</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecretEdit</name>
    <message>
        <source>Show secret</source>
        <translation>Показать секрет</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide what was typed</source>
        <translation>Скрыть введенное</translation>
    </message>
    <message>
        <source>Show what was typed</source>
        <translation>Показать введенное</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecureClipboard</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceActionBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Удалить черновик…</translation>
    </message>
    <message>
        <source>Delete this draft and its values from the keychain</source>
        <translation>Удалить этот черновик и его значения из связки ключей</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>О&amp;тключить…</translation>
    </message>
    <message>
        <source>Clear every key of this service on the portal, which switches it off</source>
        <translation>Очистить все ключи этого сервиса на портале, что отключит его</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Keep the values typed above as a draft, in the keychain</source>
        <translation>Сохранить введенные выше значения как черновик в связке ключей</translation>
    </message>
    <message>
        <source>Save the changed keys on the portal, after a preview of the changes</source>
        <translation>Сохранить измененные ключи на портале после предпросмотра изменений</translation>
    </message>
    <message>
        <source>Save the keys typed above on the portal, which switches the service on</source>
        <translation>Сохранить введенные выше ключи на портале; это включит сервис</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceCardDelegate</name>
    <message>
        <source>paid plan</source>
        <translation>платный тариф</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceDraftActions</name>
    <message>
        <source>The draft was not saved.</source>
        <translation>Черновик не сохранен.</translation>
    </message>
    <message>
        <source>Saving the draft of %1 in the keychain…</source>
        <translation>Сохранение черновика %1 в связке ключей…</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Черновик сохранен.</translation>
    </message>
    <message>
        <source>Its values are in the keychain; the list of drafts holds only the names of its keys.</source>
        <translation>Его значения хранятся в связке ключей; список черновиков содержит только имена его ключей.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation>Удалить черновик «%1»?</translation>
    </message>
    <message>
        <source>Its values are removed from the keychain. Bundles it was exported to, and portals it was applied to, keep their copies.</source>
        <translation>Его значения будут удалены из связки ключей. Пакеты, в которые он был экспортирован, и порталы, к которым он был применен, сохранят свои копии.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Deleting the draft and its values…</source>
        <translation>Удаление черновика и его значений…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceEditor</name>
    <message>
        <source>Choose a service to see how to get its keys and to edit them.</source>
        <translation>Выберите сервис, чтобы узнать, как получить его ключи, и изменить их.</translation>
    </message>
    <message>
        <source>Available in %1.</source>
        <translation>Доступно в %1.</translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not describe this service, so there is no guidance for it and its values are checked only for completeness. The fields are the ones %1 lists.</source>
        <translation>Каталог PortalKeys не описывает этот сервис, поэтому инструкций для него нет, а его значения проверяются только на заполненность. Поля — те, которые перечисляет %1.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1. Enter it again and save.</source>
        <translation>Секрет отсутствует: в связке ключей больше нет значения %1. Введите его снова и сохраните.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceEditorHeader</name>
    <message>
        <source>Draft for %1. %2</source>
        <translation>Черновик для %1. %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceInstructions</name>
    <message>
        <source>How to get the keys</source>
        <translation>Как получить ключи</translation>
    </message>
    <message>
        <source>Shows or hides the steps to get the keys</source>
        <translation>Показывает или скрывает шаги получения ключей</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the redirect URI to register with the provider</source>
        <translation>Скопировать URI перенаправления для регистрации у поставщика</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;URI перенаправления:</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Where to get the keys: %1</source>
        <translation>Где получить ключи: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceKeyForm</name>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Accept the &amp;warnings and save anyway</source>
        <translation>При&amp;нять предупреждения и все равно сохранить</translation>
    </message>
    <message>
        <source>Keys: the portal does not show them</source>
        <translation>Ключи: портал их не показывает</translation>
    </message>
    <message>
        <source>Keys: set in the server&apos;s configuration</source>
        <translation>Ключи: задаются в конфигурации сервера</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceList</name>
    <message>
        <source>Services</source>
        <translation>Сервисы</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceListPanel</name>
    <message>
        <source>Search services</source>
        <translation>Поиск сервисов</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Shows only the services of this kind</source>
        <translation>Показывает только сервисы этого типа</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Shows only the services in this state</source>
        <translation>Показывает только сервисы в этом состоянии</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Включен</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Отключен</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Needs a paid plan</source>
        <translation>Нужен платный тариф</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <source>The portal lists no third-party services.</source>
        <translation>Портал не содержит сторонних сервисов.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>No services to show.</source>
        <translation>Нет сервисов для отображения.</translation>
    </message>
    <message numerus="yes">
        <source>%n service</source>
        <translation>
            <numerusform>%n сервис</numerusform>
            <numerusform>%n сервиса</numerusform>
            <numerusform>%n сервисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n сервис</numerusform>
            <numerusform>%n сервиса</numerusform>
            <numerusform>%n сервисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service</source>
        <translation>
            <numerusform>%1 из %n сервиса</numerusform>
            <numerusform>%1 из %n сервисов</numerusform>
            <numerusform>%1 из %n сервисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services</source>
        <translation>
            <numerusform>%1 из %n сервиса</numerusform>
            <numerusform>%1 из %n сервисов</numerusform>
            <numerusform>%1 из %n сервисов</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches the search and the filters.</source>
        <translation>Нет сервисов, соответствующих поиску и фильтрам.</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceOperations</name>
    <message>
        <source>Reading the services of %1…</source>
        <translation>Чтение сервисов %1…</translation>
    </message>
    <message>
        <source>The services of %1 could not be read.</source>
        <translation>Не удалось прочитать сервисы %1.</translation>
    </message>
    <message>
        <source>Nothing to save: the portal has these values.</source>
        <translation>Нечего сохранять: на портале уже эти значения.</translation>
    </message>
    <message>
        <source>Saving %1 on %2…</source>
        <translation>Сохранение %1 на %2…</translation>
    </message>
    <message>
        <source>Cancelled. If the portal had already received the keys, it keeps them; Reload shows what it has.</source>
        <translation>Отменено. Если портал уже получил ключи, он их сохранит; «Обновить» покажет, что на нем сейчас.</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <translation>%1: не сохранено.</translation>
    </message>
    <message>
        <source>Saved on %1, but the portal reports other values than were sent.</source>
        <translation>Сохранено на %1, но портал сообщает не те значения, которые были отправлены.</translation>
    </message>
    <message>
        <source>Check these keys: %1.</source>
        <translation>Проверьте эти ключи: %1.</translation>
    </message>
    <message>
        <source>%1 is off on %2.</source>
        <translation>%1 отключен на %2.</translation>
    </message>
    <message>
        <source>The portal confirmed that every key is cleared.</source>
        <translation>Портал подтвердил, что все ключи очищены.</translation>
    </message>
    <message>
        <source>%1 already had these keys; nothing changed.</source>
        <translation>На портале %1 уже были эти ключи; ничего не изменено.</translation>
    </message>
    <message>
        <source>Saved %1 on %2.</source>
        <translation>%1 сохранен на %2.</translation>
    </message>
    <message>
        <source>The portal confirmed every key.</source>
        <translation>Портал подтвердил все ключи.</translation>
    </message>
    <message>
        <source>Reading what %1 has now…</source>
        <translation>Чтение текущих значений портала %1…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SignInDialog</name>
    <message>
        <source>Sign in to “%1”</source>
        <translation>Вход в «%1»</translation>
    </message>
    <message>
        <source>PortalKeys signs in once and keeps only the new login token in the keychain, not your password.</source>
        <translation>PortalKeys выполняет вход один раз и хранит в связке ключей только новый токен входа, но не ваш пароль.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SignTab</name>
    <message>
        <source>Empty payload</source>
        <translation>Пустая полезная нагрузка</translation>
    </message>
    <message>
        <source>Payload to sign</source>
        <translation>Полезная нагрузка для подписи</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Полезная нагрузка</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Подписать с помощью</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Алгоритм:</translation>
    </message>
    <message>
        <source>&amp;Key id (kid):</source>
        <translation>&amp;ID ключа (kid):</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Подп&amp;исать</translation>
    </message>
    <message>
        <source>Signed token</source>
        <translation>Подписанный токен</translation>
    </message>
    <message>
        <source>The signed token appears here</source>
        <translation>Здесь появится подписанный токен</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Копировать токен</translation>
    </message>
    <message>
        <source>&amp;Open in inspector</source>
        <translation>&amp;Открыть в инспекторе</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Корректный JSON.</translation>
    </message>
    <message>
        <source>The key cannot be read. %1</source>
        <translation>Не удается прочитать ключ. %1</translation>
    </message>
    <message>
        <source>Signed with %1.</source>
        <translation>Подписано с помощью %1.</translation>
    </message>
    <message>
        <source>Signed with %1, but: %2</source>
        <translation>Подписано с помощью %1, но: %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SourceBar</name>
    <message>
        <source>&amp;Product:</source>
        <translation>Про&amp;дукт:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>A portal, to see and change its keys; or offline drafts</source>
        <translation>Портал — чтобы просматривать и изменять его ключи; или офлайн-черновики</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>Which product the drafts are for: their services and keys differ</source>
        <translation>Для какого продукта черновики: сервисы и ключи у продуктов разные</translation>
    </message>
    <message>
        <source>Read the services again</source>
        <translation>Снова прочитать сервисы</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Offline drafts</source>
        <translation>Офлайн-черновики</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ThirdPartyPage</name>
    <message>
        <source>Third-party authorization</source>
        <translation>Сторонние сервисы</translation>
    </message>
    <message>
        <source>The keys a portal uses to work with Google, Box, Dropbox, Twilio, S3 and other services. Choose a portal to change its keys there, or prepare drafts offline and apply them to portals later.</source>
        <translation>Ключи, которые портал использует для работы с Google, Box, Dropbox, Twilio, S3 и другими сервисами. Выберите портал, чтобы изменить его ключи прямо на нем, или подготовьте черновики офлайн и примените их к порталам позже.</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Поиск сервисов</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Reading the services of %1…</source>
        <translation>Чтение сервисов %1…</translation>
    </message>
    <message>
        <source>Choose another source, or try again once the portal answers.</source>
        <translation>Выберите другой источник или повторите попытку, когда портал ответит.</translation>
    </message>
    <message>
        <source>Reading the draft&apos;s values from the keychain…</source>
        <translation>Чтение значений черновика из связки ключей…</translation>
    </message>
    <message>
        <source>The draft&apos;s values could not be read from the keychain. %1</source>
        <translation>Не удалось прочитать значения черновика из связки ключей. %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TokenEdit</name>
    <message>
        <source>Paste a token here, or drop a file that holds one</source>
        <translation>Вставьте сюда токен или перетащите файл, который его содержит</translation>
    </message>
    <message>
        <source>Only files on this computer can be dropped here.</source>
        <translation>Сюда можно перетаскивать только файлы с этого компьютера.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Не удается прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than 1 MiB; that is no token.</source>
        <translation>«%1» больше 1 МиБ; это не токен.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TryItDialog</name>
    <message>
        <source>The client secret from the &amp;keychain, stored as:</source>
        <translation>Секрет клиента из &amp;связки ключей, сохраненный как:</translation>
    </message>
    <message>
        <source>&amp;No secret: as a public client, with PKCE alone</source>
        <translation>&amp;Без секрета: как общедоступный клиент, только с PKCE</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>&amp;Войти через браузер</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>None: the portal gives public clients no refresh token.</source>
        <translation>Нет: портал не выдает общедоступным клиентам токен обновления.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Try “%1”</source>
        <translation>Попробовать «%1»</translation>
    </message>
    <message>
        <source>Sign in to %1 as this app in your browser, as an integration would, and see the tokens the portal issues. The browser comes back to PortalKeys on 127.0.0.1.</source>
        <translation>Войдите в %1 от имени этого приложения в браузере, как это сделала бы интеграция, и посмотрите, какие токены выдает портал. Браузер вернется в PortalKeys по адресу 127.0.0.1.</translation>
    </message>
    <message>
        <source>The app does not allow public clients (PKCE).</source>
        <translation>Приложение не разрешает общедоступные клиенты (PKCE).</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s registered scopes</source>
        <translation>Пусто: зарегистрированные области действия приложения</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Способ входа:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Области действия:</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Копировать &amp;адрес</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Скопировать токен доступа</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>Скопировать токен обновления</translation>
    </message>
    <message>
        <source>Open in &amp;JWT inspector</source>
        <translation>Открыть в &amp;инспекторе JWT</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Токен доступа:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Токен обновления:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Истекает:</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>Предоставленные области действия:</translation>
    </message>
    <message>
        <source>The app has no redirect URL %1 (any port), where PortalKeys receives the browser&apos;s answer; the portal will refuse the sign-in. Register an app with %1 among its redirect URLs to try it here.</source>
        <translation>У приложения нет URL-адреса перенаправления %1 (с любым портом), на который PortalKeys получает ответ браузера; портал отклонит вход. Чтобы попробовать приложение здесь, зарегистрируйте его с %1 среди URL-адресов перенаправления.</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Подготовка входа…</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Чтение секрета клиента из связки ключей…</translation>
    </message>
    <message>
        <source>The keychain holds no secret named “%1”. Store the client secret under that name with Show secret on the OAuth apps page, or sign in as a public client.</source>
        <translation>В связке ключей нет секрета с именем «%1». Сохраните секрет клиента под этим именем с помощью «Показать секрет» на странице «Приложения OAuth» или войдите как общедоступный клиент.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to %1 there and allow access.</source>
        <translation>Ожидание браузера… Войдите там в %1 и разрешите доступ.</translation>
    </message>
    <message>
        <source>PortalKeys could not open a browser. Open this address in a browser yourself:</source>
        <translation>PortalKeys не удалось открыть браузер. Откройте этот адрес в браузере самостоятельно:</translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation>Обмен кода на токены…</translation>
    </message>
    <message>
        <source>The portal did not say.</source>
        <translation>Портал не сообщил причину.</translation>
    </message>
    <message>
        <source>Signed in: the portal “%1” issued tokens to “%2”.</source>
        <translation>Вход выполнен: портал «%1» выдал токены приложению «%2».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TwoFactorDialog</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Двухфакторная аутентификация</translation>
    </message>
    <message>
        <source>The portal “%1” asks for a second factor. Enter the code that your authenticator app shows for %2.</source>
        <translation>Портал «%1» запрашивает второй фактор. Введите код, который ваше приложение-аутентификатор показывает для %2.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::UrlListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Удалить эту запись</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a line of a list: the list&apos;s entry name, its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>the button of a list&apos;s line</comment>
        <translation>Удалить %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::WorkspaceEntryPanel</name>
    <message>
        <source>Show &amp;values</source>
        <translation>Показать &amp;значения</translation>
    </message>
    <message>
        <source>Enter these keys in Workspace</source>
        <translation>Введите эти ключи в Workspace</translation>
    </message>
    <message>
        <source>PortalKeys cannot apply keys to Workspace or Community Server: they are typed into the portal&apos;s own page. Sign in there as the portal administrator, open Settings → Integration → Third-Party Services, switch on %1 and enter:</source>
        <translation>PortalKeys не может применять ключи к Workspace или Community Server: они вводятся на собственной странице портала. Войдите там как администратор портала, откройте «Настройки» → «Интеграция» → «Сторонние сервисы», включите %1 и введите:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the value of %1</source>
        <translation>Скопировать значение %1</translation>
    </message>
    <message>
        <source>(empty: fill it in above)</source>
        <translation>(пусто: заполните выше)</translation>
    </message>
</context>
<context>
    <name>PortalState</name>
    <message>
        <source>Secret missing — Edit to enter it again</source>
        <translation>Секрет отсутствует — нажмите «Изменить», чтобы ввести его снова</translation>
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <translation>Подключено как %1 (%2)</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Не проверено</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE portals.</source>
        <translation>Ключи, токены и приложения OAuth для порталов ONLYOFFICE.</translation>
    </message>
    <message>
        <source>Open on PAGE: %1.</source>
        <translation>Открыть на странице PAGE: %1.</translation>
    </message>
    <message>
        <source>portalkeys: unknown page “%1”; choose one of %2.</source>
        <translation>portalkeys: неизвестная страница «%1»; выберите одну из: %2.</translation>
    </message>
</context>
</TS>
