<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ApiKeyCommand</name>
    <message>
        <source>A portal&apos;s API keys (Developer Tools → API keys): list, create, change, switch off, delete.</source>
        <translation>Ключи API портала («Инструменты разработчика» → «Ключи API»): просмотр списка, создание, изменение, отключение, удаление.</translation>
    </message>
    <message>
        <source>Every subcommand takes --portal NAME (a saved portal) or --url URL with credentials from environment variables. A new key is shown once, when it is made: create prints it on standard output or keeps it in the keychain (--store-secret, --add-portal); afterwards the portal shows only its last four characters.</source>
        <translation>Каждая подкоманда принимает --portal NAME (сохраненный портал) или --url URL с учетными данными из переменных окружения. Новый ключ показывается один раз, при создании: create выводит его в стандартный вывод или сохраняет в связке ключей (--store-secret, --add-portal); после этого портал показывает только последние четыре символа ключа.</translation>
    </message>
</context>
<context>
    <name>ApiKeyCreateCommand</name>
    <message>
        <source>The key expires after N days (%1 to %2).</source>
        <translation>Ключ истекает через N дней (от %1 до %2).</translation>
    </message>
    <message>
        <source>The key never expires (also when neither is given).</source>
        <translation>Ключ бессрочный (так же, если не указан ни один из параметров).</translation>
    </message>
    <message>
        <source>Save a new portal profile PROFILE for this portal that signs in with the new key (kept in the keychain) instead of printing the key.</source>
        <translation>Вместо вывода ключа сохранить новый профиль портала PROFILE для этого портала, который входит с новым ключом (хранится в связке ключей).</translation>
    </message>
    <message>
        <source>Keep the key in the keychain as the named secret NAME (see “portalkeys-cli secret”) instead of printing it.</source>
        <translation>Вместо вывода ключа сохранить его в связке ключей как именованный секрет NAME (см. «portalkeys-cli secret»).</translation>
    </message>
    <message>
        <source>Print JSON for scripts: the key&apos;s details, and the key itself as “key” unless it is kept in the keychain.</source>
        <translation>Вывести JSON для скриптов: сведения о ключе и сам ключ в поле «key», если он не сохранен в связке ключей.</translation>
    </message>
    <message>
        <source>Create an API key; it is shown once, or kept in the keychain.</source>
        <translation>Создать ключ API; он показывается один раз или сохраняется в связке ключей.</translation>
    </message>
    <message>
        <source>Creates an API key named NAME (at most %1 characters). The portal shows the key only in its answer to the creation and keeps nothing but a hash, so PortalKeys prints it on standard output exactly once (the details go to standard error), or, with --store-secret NAME or --add-portal PROFILE, keeps it in the keychain and does not print it. Where it is to be kept is checked before the key is made; if keeping it fails all the same, the key is deleted again on the portal.</source>
        <translation>Создает ключ API с именем NAME (не более %1 символов). Портал показывает ключ только в ответе на запрос создания и хранит лишь его хеш, поэтому PortalKeys выводит его в стандартный вывод ровно один раз (сведения выводятся в стандартный поток ошибок) или, с --store-secret NAME или --add-portal PROFILE, сохраняет его в связке ключей и не выводит. Место хранения проверяется до создания ключа; если сохранить его все же не удалось, ключ снова удаляется на портале.</translation>
    </message>
    <message>
        <source>Without --permission the key may do everything its owner may; --permission read makes it read only. Without --expires-in-days it never expires. Creating keys is rate-limited by the portal; guests may not create keys, nor may users other than the owner and admins when the portal limits developer tools to admins.</source>
        <translation>Без --permission ключ может делать все, что может его владелец; --permission read делает его доступным только для чтения. Без --expires-in-days ключ бессрочный. Портал ограничивает частоту создания ключей; гости не могут создавать ключи, как и пользователи, кроме владельца и администраторов, если портал ограничивает доступ к инструментам разработчика администраторами.</translation>
    </message>
    <message>
        <source>Give either --expires-in-days N or --no-expiry.</source>
        <translation>Укажите либо --expires-in-days N, либо --no-expiry.</translation>
    </message>
    <message>
        <source>--expires-in-days: %1</source>
        <translation>--expires-in-days: %1</translation>
    </message>
    <message>
        <source>Keep the key one way: --add-portal PROFILE or --store-secret NAME.</source>
        <translation>Выберите один способ сохранения ключа: --add-portal PROFILE или --store-secret NAME.</translation>
    </message>
    <message>
        <source>--add-portal: %1</source>
        <translation>--add-portal: %1</translation>
    </message>
    <message>
        <source>the key never expires; --expires-in-days N limits the life of a key.</source>
        <translation>ключ бессрочный; --expires-in-days N ограничивает срок действия ключа.</translation>
    </message>
    <message>
        <source>Created the API key %1 on %2: permissions %3, expires %4.</source>
        <translation>Ключ API %1 создан на %2: права доступа %3, истекает %4.</translation>
    </message>
    <message>
        <source>this is the only time the portal shows the key: keep it now. Next time, --store-secret NAME or --add-portal PROFILE keeps it in the keychain instead.</source>
        <translation>портал показывает ключ только сейчас: сохраните его. В следующий раз --store-secret NAME или --add-portal PROFILE сохранит его в связке ключей.</translation>
    </message>
    <message>
        <source>The key is in the keychain as the named secret “%1”.</source>
        <translation>Ключ сохранен в связке ключей как именованный секрет «%1».</translation>
    </message>
    <message>
        <source>Added the portal “%1”, which signs in with the new key. Check it with: portalkeys-cli portal test %2</source>
        <translation>Добавлен портал «%1», который входит с новым ключом. Проверьте его командой: portalkeys-cli portal test %2</translation>
    </message>
    <message>
        <source>The new key %1 could not be kept and is not shown, and deleting it on %2 failed too (%3). Delete it with: portalkeys-cli apikey delete %4 …</source>
        <translation>Новый ключ %1 не удалось сохранить, и он не показан, а удалить его на %2 тоже не удалось (%3). Удалите его командой: portalkeys-cli apikey delete %4 …</translation>
    </message>
    <message>
        <source>The new key could not be kept, so it was deleted again on %1; nothing is left behind.</source>
        <translation>Новый ключ не удалось сохранить, поэтому он снова удален на %1; ничего не осталось.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDeleteCommand</name>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal, as in scripts).</source>
        <translation>Удалить без подтверждения (нужно, когда стандартный ввод — не терминал, например в скриптах).</translation>
    </message>
    <message>
        <source>Delete an API key from a portal.</source>
        <translation>Удалить ключ API с портала.</translation>
    </message>
    <message>
        <source>Deletes the key with this ID: whatever signs in with it stops working, and it cannot be brought back (to stop it for a while, use “apikey disable”). On a terminal the command names the key and asks first; otherwise it needs --yes, and without it exits 2 having sent nothing. A key kept with --store-secret stays in the keychain: remove it with “portalkeys-cli secret delete NAME”. Exits 1 when there is no such key, the answer is no, or the key is another user&apos;s and you are not a portal admin.</source>
        <translation>Удаляет ключ с этим ID: все, что входит с ним, перестает работать, и восстановить ключ нельзя (чтобы остановить его на время, используйте «apikey disable»). В терминале команда называет ключ и сначала спрашивает подтверждение; в остальных случаях нужен --yes, без него команда завершается с кодом 2, ничего не отправив. Ключ, сохраненный с --store-secret, остается в связке ключей: удалите его командой «portalkeys-cli secret delete NAME». Код выхода 1 — если такого ключа нет, получен ответ «нет» или ключ принадлежит другому пользователю, а вы не администратор портала.</translation>
    </message>
    <message>
        <source>apikey delete: standard input is not a terminal, so there is nobody to ask; add --yes to delete the key.</source>
        <translation>apikey delete: стандартный ввод — не терминал, поэтому спросить подтверждение некого; добавьте --yes, чтобы удалить ключ.</translation>
    </message>
    <message>
        <source>Delete the API key with the ID %1 from %2? It is not among the keys you can see; whatever signs in with it will stop working.</source>
        <translation>Удалить ключ API с ID %1 с %2? Его нет среди доступных вам ключей; все, что входит с ним, перестанет работать.</translation>
    </message>
    <message>
        <source>Delete the API key %1 (%2) from %3? Whatever signs in with it will stop working.</source>
        <translation>Удалить ключ API %1 (%2) с %3? Все, что входит с ним, перестанет работать.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>Deleted the API key %1 from %2.</source>
        <translation>Ключ API %1 удален с %2.</translation>
    </message>
</context>
<context>
    <name>ApiKeyListCommand</name>
    <message>
        <source>List only the keys that expire within DAYS days or have expired, and exit 1 when there is any.</source>
        <translation>Показать только ключи, которые истекают в течение DAYS дней или уже истекли, и завершиться с кодом 1, если такие есть.</translation>
    </message>
    <message>
        <source>Print the keys as a JSON list (keys masked).</source>
        <translation>Вывести ключи списком JSON (ключи замаскированы).</translation>
    </message>
    <message>
        <source>List a portal&apos;s API keys: every key for an admin, your own otherwise.</source>
        <translation>Показать ключи API портала: все ключи для администратора, иначе только ваши.</translation>
    </message>
    <message>
        <source>Lists the API keys with their ID, name, masked key (sk-*** and the last four characters: the portal never shows a key again after it was made), permissions, expiry, whether the key is on, when it was last used and who made it. A portal admin sees every key of the portal, anybody else their own.</source>
        <translation>Выводит ключи API с их ID, именем, замаскированным ключом (sk-*** и последние четыре символа: после создания портал больше никогда не показывает ключ), правами доступа, сроком действия, состоянием (включен ли ключ), временем последнего использования и создателем. Администратор портала видит все ключи портала, остальные — только свои.</translation>
    </message>
    <message>
        <source>--expiring-within DAYS lists only the keys that expire within DAYS days or have expired, and exits 1 when there is any, 0 when there is none: run it daily to hear of a key before the integration that uses it stops working.</source>
        <translation>--expiring-within DAYS выводит только ключи, которые истекают в течение DAYS дней или уже истекли, и завершается с кодом 1, если такие есть, и 0, если их нет: запускайте ежедневно, чтобы узнать об истечении ключа до того, как использующая его интеграция перестанет работать.</translation>
    </message>
    <message>
        <source>--expiring-within takes a number of days (0 or more).</source>
        <translation>--expiring-within принимает число дней (0 или больше).</translation>
    </message>
    <message numerus="yes">
        <source>No API key on %1 expires within %n day(s).</source>
        <translation>
            <numerusform>Ни один ключ API на %1 не истекает в течение %n дня.</numerusform>
            <numerusform>Ни один ключ API на %1 не истекает в течение %n дней.</numerusform>
            <numerusform>Ни один ключ API на %1 не истекает в течение %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no API keys you can see.</source>
        <translation>На %1 нет доступных вам ключей API.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>ПРАВА</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ИСТЕКАЕТ</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>АКТИВЕН</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ИСПОЛЬЗОВАН</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>СОЗДАТЕЛЬ</translation>
    </message>
    <message>
        <source>no (expired)</source>
        <translation>нет (истек)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Repeat --portal to list several saved portals at once: the table gains a PORTAL column, and --json prints one object per portal with its keys or its error. A portal that cannot be reached is reported and the others are listed; the exit code is then that portal&apos;s failure.</source>
        <translation>Повторите --portal, чтобы вывести сразу несколько сохраненных порталов: в таблице появится столбец ПОРТАЛ, а --json выводит по объекту на портал с его ключами или ошибкой. О портале, до которого не удалось достучаться, сообщается, остальные выводятся; код выхода тогда — код сбоя этого портала.</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>ПОРТАЛ</translation>
    </message>
    <message>
        <source>%1: no API keys you can see.</source>
        <translation>%1: нет доступных вам ключей API.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStateCommand</name>
    <message>
        <source>Accepted for scripts that pass it to every apikey command; switching a key on or off asks nothing.</source>
        <translation>Принимается для скриптов, передающих его каждой команде apikey; при включении или отключении ключа ничего не спрашивается.</translation>
    </message>
    <message>
        <source>Switch an API key on again.</source>
        <translation>Снова включить ключ API.</translation>
    </message>
    <message>
        <source>Switch an API key off: the portal refuses it until it is switched on.</source>
        <translation>Отключить ключ API: портал отклоняет его, пока он не будет включен.</translation>
    </message>
    <message>
        <source>Switches the key with this ID on: the portal accepts it again. An expired key stays refused; the portal does not change it (exit 1).</source>
        <translation>Включает ключ с этим ID: портал снова принимает его. Ключ с истекшим сроком действия по-прежнему отклоняется; портал его не изменяет (код выхода 1).</translation>
    </message>
    <message>
        <source>Switches the key with this ID off: the portal refuses it until it is switched on again, and everything else about it stays. The portal changes neither an expired key nor, unless you are a portal admin, another user&apos;s key (exit 1).</source>
        <translation>Отключает ключ с этим ID: портал отклоняет его, пока он не будет снова включен, все остальное в ключе сохраняется. Портал не изменяет ни ключ с истекшим сроком действия, ни, если вы не администратор портала, ключ другого пользователя (код выхода 1).</translation>
    </message>
    <message>
        <source>Switched the API key %1 on at %2.</source>
        <translation>Ключ API %1 включен на %2.</translation>
    </message>
    <message>
        <source>Switched the API key %1 off at %2.</source>
        <translation>Ключ API %1 отключен на %2.</translation>
    </message>
</context>
<context>
    <name>ApiKeySubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, %3 expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: слишком много аргументов (указано %2, ожидается %3); они здесь не повторяются на случай, если один из них секрет. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: give %2. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: укажите %2. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: an argument is empty.</source>
        <translation>%1: один из аргументов пуст.</translation>
    </message>
    <message>
        <source>%1 has no API key with the ID %2 (a portal admin sees every key, other users their own). Run “portalkeys-cli apikey list” with the same portal options to see the keys.</source>
        <translation>На %1 нет ключа API с ID %2 (администратор портала видит все ключи, остальные пользователи — только свои). Выполните «portalkeys-cli apikey list» с теми же параметрами портала, чтобы увидеть ключи.</translation>
    </message>
    <message>
        <source>“%1” is no API key ID: IDs look like 3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b (see “portalkeys-cli apikey list”).</source>
        <translation>«%1» не является ID ключа API: ID выглядят так: 3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b (см. «portalkeys-cli apikey list»).</translation>
    </message>
    <message>
        <source>What the key may do: all (the default), read (read only), or a scope such as files:read, files:write, rooms:read, rooms:write, accounts:read, accounts.self:write. Repeat it, or separate scopes with commas.</source>
        <translation>Что может делать ключ: all (по умолчанию), read (только чтение) или область действия, например files:read, files:write, rooms:read, rooms:write, accounts:read, accounts.self:write. Повторите параметр или перечислите области действия через запятую.</translation>
    </message>
    <message>
        <source>--permission all already allows everything; give it alone, or give only the permissions the key needs.</source>
        <translation>--permission all уже разрешает все; укажите его отдельно или укажите только те права, которые нужны ключу.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>истек %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation>Имя:           %1</translation>
    </message>
    <message>
        <source>ID:          %1</source>
        <translation>ID:            %1</translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation>Ключ:          %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Права доступа: %1</translation>
    </message>
    <message>
        <source>Active:      %1</source>
        <translation>Активен:       %1</translation>
    </message>
    <message>
        <source>no (expired)</source>
        <translation>нет (истек)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Expires:     %1</source>
        <translation>Истекает:      %1</translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation>Создан:        %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>пользователем %1</translation>
    </message>
    <message>
        <source>Last used:   %1</source>
        <translation>Использован:   %1</translation>
    </message>
    <message>
        <source>The portal is --portal NAME for a saved portal, or --url URL with --api-key-env NAME, --token-env NAME, or --user EMAIL and --password-env NAME. Every user manages their own API keys; a portal admin sees and manages every key. Exit codes: 0 done, 1 refused for the data given or not found, 2 bad usage (nothing sent), 3 network or TLS, 4 credentials or permission, 5 keychain.</source>
        <translation>Портал задается как --portal NAME для сохраненного портала или --url URL с --api-key-env NAME, --token-env NAME либо --user EMAIL и --password-env NAME. Каждый пользователь управляет своими ключами API; администратор портала видит все ключи и управляет ими. Коды выхода: 0 — выполнено, 1 — отказ для указанных данных или не найдено, 2 — неверное использование (ничего не отправлено), 3 — сеть или TLS, 4 — учетные данные или права доступа, 5 — связка ключей.</translation>
    </message>
</context>
<context>
    <name>ApiKeyUpdateCommand</name>
    <message>
        <source>The key&apos;s new name (at most %1 characters).</source>
        <translation>Новое имя ключа (не более %1 символов).</translation>
    </message>
    <message>
        <source>Rename an API key or change its permissions.</source>
        <translation>Переименовать ключ API или изменить его права доступа.</translation>
    </message>
    <message>
        <source>Gives the key with this ID a new name, new permissions (they replace the old ones), or both. The key itself stays the same, so whatever uses it goes on working with the new permissions. The portal changes neither an expired key nor, unless you are a portal admin, another user&apos;s key: that exits 1.</source>
        <translation>Задает ключу с этим ID новое имя, новые права доступа (они заменяют прежние) или и то и другое. Сам ключ не меняется, поэтому все, что его использует, продолжает работать с новыми правами. Портал не изменяет ни ключ с истекшим сроком действия, ни, если вы не администратор портала, ключ другого пользователя: в этом случае код выхода 1.</translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation>--name: %1</translation>
    </message>
    <message>
        <source>apikey update: say what to change with --name NAME or --permission P.</source>
        <translation>apikey update: укажите, что изменить, с помощью --name NAME или --permission P.</translation>
    </message>
    <message>
        <source>Updated the API key %1 on %2: permissions %3.</source>
        <translation>Ключ API %1 на %2 обновлен: права доступа %3.</translation>
    </message>
    <message>
        <source>Renamed the API key %1 on %2.</source>
        <translation>Ключ API %1 на %2 переименован.</translation>
    </message>
</context>
<context>
    <name>ApiKeyWhoamiCommand</name>
    <message>
        <source>Print the key&apos;s details as JSON (the key masked).</source>
        <translation>Вывести сведения о ключе в формате JSON (ключ замаскирован).</translation>
    </message>
    <message>
        <source>Say which API key a portal signs in with: name, permissions, expiry.</source>
        <translation>Показать, с каким ключом API портал выполняет вход: имя, права доступа, срок действия.</translation>
    </message>
    <message>
        <source>Asks the portal which key the credential is: its name, ID, masked value, permissions, expiry, whether it is on, and who made it. Handy before a key expires or when a script fails with 403 (a key without the permission). Only a portal that signs in with an API key has one; another credential exits 2.</source>
        <translation>Запрашивает у портала, что это за ключ: его имя, ID, замаскированное значение, права доступа, срок действия, включен ли он и кто его создал. Удобно перед истечением ключа или когда скрипт завершается ошибкой 403 (у ключа нет нужного права). Ключ есть только у портала, который входит с ключом API; при других учетных данных код выхода 2.</translation>
    </message>
    <message>
        <source>%1 signs in with %2, not with an API key, so there is no key to show.</source>
        <translation>%1 входит с помощью %2, а не ключа API, поэтому показывать нечего.</translation>
    </message>
</context>
<context>
    <name>BundleApplyCommand</name>
    <message>
        <source>Apply the keys to the saved portal NAME (repeat for several portals).</source>
        <translation>Применить ключи к сохраненному порталу NAME (повторите для нескольких порталов).</translation>
    </message>
    <message>
        <source>Compare with each portal and report what would change; send nothing.</source>
        <translation>Сравнить с каждым порталом и показать, что изменится; ничего не отправлять.</translation>
    </message>
    <message>
        <source>Print the report as JSON for scripts.</source>
        <translation>Вывести отчет в формате JSON для скриптов.</translation>
    </message>
    <message>
        <source>Apply the keys of a bundle to one or several portals, with a report per portal and service.</source>
        <translation>Применить ключи из пакета к одному или нескольким порталам, с отчетом по каждому порталу и сервису.</translation>
    </message>
    <message>
        <source>Exits 0 when nothing was refused, else with the highest exit code among the refusals (1 refused keys or plan, 3 network, 4 credentials or permission, 5 keychain); 1 also for a wrong passphrase.</source>
        <translation>Код выхода 0, если ничего не отклонено, иначе — наибольший код выхода среди отказов (1 — отклонены ключи или тариф, 3 — сеть, 4 — учетные данные или права доступа, 5 — связка ключей); 1 также при неверной парольной фразе.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 draft for %2 is skipped: Workspace keys are entered on the portal&apos;s settings page, not through its API.</source>
        <translation>Черновик %1 из пакета для %2 пропущен: ключи Workspace вводятся на странице настроек портала, а не через его API.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the drafts above and export the bundle again.</source>
        <translation>Ничего не отправлено: исправьте черновики, указанные выше, и снова экспортируйте пакет.</translation>
    </message>
    <message>
        <source>%1: name the portals with --portal NAME (repeat it for several).</source>
        <translation>%1: укажите порталы с помощью --portal NAME (повторите для нескольких).</translation>
    </message>
    <message>
        <source>The bundle holds no DocSpace drafts to apply.</source>
        <translation>В пакете нет черновиков DocSpace для применения.</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>ПОРТАЛ</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>СЕРВИС</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Пробный запуск: ничего не отправлено.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 refused.</source>
        <translation>
            <numerusform>Отклонено: %n из %1.</numerusform>
            <numerusform>Отклонено: %n из %1.</numerusform>
            <numerusform>Отклонено: %n из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypts FILE and saves the keys of each DocSpace draft it holds on every portal named, reading them back. The portals are served at the same time (at most %1 requests to one host and %2 in all), the services of a portal one after the other; the report lists the portals in the order named. The drafts are checked with the catalog&apos;s rules first: an error stops the command (exit 2) before anything is sent. A failure on one portal or service does not stop the others; the report lists for each portal and service whether the keys were applied, were already there (unchanged), or were refused and why. A portal that cannot be opened refuses every service. Workspace drafts are skipped: Workspace keys are typed into the portal&apos;s settings page.</source>
        <translation>Расшифровывает FILE и сохраняет ключи каждого черновика DocSpace из него на каждом указанном портале, затем читает их обратно. Порталы обслуживаются одновременно (не более %1 запросов к одному узлу и %2 всего), сервисы одного портала — по очереди; в отчете порталы идут в указанном порядке. Сначала черновики проверяются по правилам каталога: ошибка останавливает команду (код 2) до отправки чего-либо. Сбой на одном портале или сервисе не останавливает остальные; в отчете для каждого портала и сервиса сказано, применены ли ключи, были ли они уже там (без изменений) или отклонены и почему. Портал, который не удалось открыть, отклоняет все сервисы. Черновики Workspace пропускаются: ключи Workspace вводятся на странице настроек портала.</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>Carry offline drafts in an encrypted file, and apply them to one or several portals.</source>
        <translation>Переносить офлайн-черновики в зашифрованном файле и применять их к одному или нескольким порталам.</translation>
    </message>
    <message>
        <source>A bundle holds drafts and their values (secrets included) encrypted with a passphrase given with --passphrase-env NAME, never as a plain argument. A wrong passphrase exits 1; a file that is not a bundle, or was damaged or changed, exits 2.</source>
        <translation>Пакет содержит черновики и их значения (включая секреты), зашифрованные парольной фразой, которая передается через --passphrase-env NAME и никогда — обычным аргументом. При неверной парольной фразе код выхода 1; если файл не является пакетом, поврежден или изменен — код выхода 2.</translation>
    </message>
</context>
<context>
    <name>BundleExportCommand</name>
    <message>
        <source>Export only the drafts of these services (names separated by commas).</source>
        <translation>Экспортировать только черновики этих сервисов (имена через запятую).</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>Заменить FILE, если он существует.</translation>
    </message>
    <message>
        <source>Write offline drafts and their keys into a file encrypted with a passphrase.</source>
        <translation>Записать офлайн-черновики и их ключи в файл, зашифрованный парольной фразой.</translation>
    </message>
    <message>
        <source>Gathers the offline drafts (all of them, or those of the services named) with their values from the keychain and writes them into FILE, encrypted with AES-256-GCM under a key derived from the passphrase (CMS, which “openssl cms -decrypt” also opens). Use at least %1 characters; weak passphrases are warned about. FILE is readable by you only; an existing FILE is replaced only with --force.</source>
        <translation>Собирает офлайн-черновики (все или только указанных сервисов) с их значениями из связки ключей и записывает их в FILE, зашифровав AES-256-GCM ключом, производным от парольной фразы (CMS, который также открывает «openssl cms -decrypt»). Используйте не менее %1 символов; о слабых парольных фразах выводится предупреждение. FILE доступен для чтения только вам; существующий FILE заменяется только с --force.</translation>
    </message>
    <message>
        <source>There are no offline drafts to export. Make one with “portalkeys-cli services set NAME --offline --prop-env KEY=NAME …”.</source>
        <translation>Нет офлайн-черновиков для экспорта. Создайте черновик командой «portalkeys-cli services set NAME --offline --prop-env KEY=NAME …».</translation>
    </message>
    <message>
        <source>There is no offline draft for “%1”.</source>
        <translation>Нет офлайн-черновика для «%1».</translation>
    </message>
    <message>
        <source>--services names no service.</source>
        <translation>--services не называет ни одного сервиса.</translation>
    </message>
    <message>
        <source>%1: give a file name; the bundle is not written to standard output.</source>
        <translation>%1: укажите имя файла; пакет не записывается в стандартный вывод.</translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name, or add --force to replace it.</source>
        <translation>«%1» уже существует; выберите другое имя или добавьте --force, чтобы заменить его.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n draft to %1: %2</source>
        <translation>
            <numerusform>Экспортирован %n черновик в %1: %2</numerusform>
            <numerusform>Экспортировано %n черновика в %1: %2</numerusform>
            <numerusform>Экспортировано %n черновиков в %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drafts to %1: %2</source>
        <translation>
            <numerusform>Экспортирован %n черновик в %1: %2</numerusform>
            <numerusform>Экспортировано %n черновика в %1: %2</numerusform>
            <numerusform>Экспортировано %n черновиков в %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportCommand</name>
    <message>
        <source>SERVICE</source>
        <translation>СЕРВИС</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>ПРОДУКТ</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>КЛЮЧИ</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ЧЕРНОВИК</translation>
    </message>
    <message>
        <source>Decrypt a bundle and add its drafts to the offline drafts (values into the keychain).</source>
        <translation>Расшифровать пакет и добавить его черновики к офлайн-черновикам (значения — в связку ключей).</translation>
    </message>
    <message>
        <source>Decrypts FILE (&quot;-&quot; for standard input) and creates a new offline draft for each draft it holds: names in the drafts list, values in the keychain. Lists what was imported, never the values. Exits 1 when the passphrase is wrong, 2 when FILE is not a bundle, is damaged or was changed, 5 when the keychain cannot store the values (the drafts imported before the failure stay).</source>
        <translation>Расшифровывает FILE (&quot;-&quot; — стандартный ввод) и создает новый офлайн-черновик для каждого содержащегося в нем черновика: имена — в списке черновиков, значения — в связке ключей. Выводит список импортированного, но никогда не значения. Код выхода 1 — неверная парольная фраза, 2 — FILE не является пакетом, поврежден или изменен, 5 — связка ключей не может сохранить значения (черновики, импортированные до сбоя, остаются).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n draft from %1:</source>
        <translation>
            <numerusform>Импортирован %n черновик из %1:</numerusform>
            <numerusform>Импортировано %n черновика из %1:</numerusform>
            <numerusform>Импортировано %n черновиков из %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drafts from %1:</source>
        <translation>
            <numerusform>Импортирован %n черновик из %1:</numerusform>
            <numerusform>Импортировано %n черновика из %1:</numerusform>
            <numerusform>Импортировано %n черновиков из %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleInput</name>
    <message>
        <source>Read the bundle&apos;s passphrase from the environment variable NAME.</source>
        <translation>Прочитать парольную фразу пакета из переменной окружения NAME.</translation>
    </message>
    <message>
        <source>%1: give the passphrase with --passphrase-env NAME; it is never taken as a plain argument.</source>
        <translation>%1: укажите парольную фразу с помощью --passphrase-env NAME; обычным аргументом она никогда не принимается.</translation>
    </message>
</context>
<context>
    <name>BundleSubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, only FILE expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: слишком много аргументов (указано %2, ожидается только FILE); они здесь не повторяются на случай, если один из них секрет. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: give the bundle FILE. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: укажите FILE пакета. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown option “%1”. Run “portalkeys-cli --help” to see the options.</source>
        <translation>неизвестный параметр «%1». Выполните «portalkeys-cli --help», чтобы увидеть параметры.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Показать справку по команде.</translation>
    </message>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE portals, from the terminal.</source>
        <translation>Ключи, токены и приложения OAuth для порталов ONLYOFFICE из терминала.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Коды выхода:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>a negative answer (invalid token, not found, refused for the data given)</source>
        <translation>отрицательный ответ (недействительный токен, не найдено, отказ для указанных данных)</translation>
    </message>
    <message>
        <source>bad usage or unreadable input</source>
        <translation>неверное использование или нечитаемые входные данные</translation>
    </message>
    <message>
        <source>network or TLS failure</source>
        <translation>сбой сети или TLS</translation>
    </message>
    <message>
        <source>the portal refused the credentials or the permission</source>
        <translation>портал отклонил учетные данные или права доступа</translation>
    </message>
    <message>
        <source>the OS keychain is not available</source>
        <translation>связка ключей ОС недоступна</translation>
    </message>
    <message>
        <source>Secrets are never taken as plain arguments: pass them with --secret-env NAME, --secret-file PATH (&quot;-&quot; for standard input), or keep them in the keychain.</source>
        <translation>Секреты никогда не принимаются обычными аргументами: передавайте их через --secret-env NAME, --secret-file PATH (&quot;-&quot; — стандартный ввод) или храните в связке ключей.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Возможно, вы имели в виду «%1»?</translation>
    </message>
    <message>
        <source>Run “portalkeys-cli --help” to see the commands.</source>
        <translation>Выполните «portalkeys-cli --help», чтобы увидеть команды.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>unknown option “%1”.</source>
        <translation>неизвестный параметр «%1».</translation>
    </message>
    <message>
        <source>%1: %2 Run “portalkeys-cli %1 --help” to see its options.</source>
        <translation>%1: %2 Выполните «portalkeys-cli %1 --help», чтобы увидеть ее параметры.</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>Subcommands:</source>
        <translation>Подкоманды:</translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2”. Run “portalkeys-cli %1 --help” to see them.</source>
        <translation>%1: неизвестная подкоманда «%2». Выполните «portalkeys-cli %1 --help», чтобы увидеть их.</translation>
    </message>
</context>
<context>
    <name>HelpFormatter</name>
    <message>
        <source>Usage: </source>
        <translation>Вызов: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Only changes of this day (UTC) and later.</source>
        <translation>Только изменения за этот день (UTC) и позже.</translation>
    </message>
    <message>
        <source>Also show the portal&apos;s own audit trail (needs --portal; a portal admin&apos;s credentials).</source>
        <translation>Также показать собственный журнал аудита портала (нужен --portal и учетные данные администратора портала).</translation>
    </message>
    <message>
        <source>Print the history as a JSON list.</source>
        <translation>Вывести историю списком JSON.</translation>
    </message>
    <message>
        <source>Show what PortalKeys changed on portals: when, where, by whom.</source>
        <translation>Показать, что PortalKeys изменил на порталах: когда, где и кто.</translation>
    </message>
    <message>
        <source>Every change PortalKeys (the app or the command line) makes to a portal is written to the local history: authorization keys saved or cleared, OAuth apps created, changed, switched on or off, given a new secret or deleted, API keys created, changed or deleted. Each line has the time, the portal, the portal user, what changed (the names of keys, never their values) and whether it worked.</source>
        <translation>Каждое изменение, которое PortalKeys (приложение или командная строка) вносит на портал, записывается в локальную историю: сохранение или очистка ключей авторизации; создание, изменение, включение, отключение, выдача нового секрета или удаление приложений OAuth; создание, изменение или удаление ключей API. Каждая строка содержит время, портал, пользователя портала, что изменилось (имена ключей, но никогда не их значения) и успешно ли это прошло.</translation>
    </message>
    <message>
        <source>--with-portal-audit also reads the portal&apos;s audit trail, which records such changes from every source, the portal&apos;s web pages included, and shows its events (marked “portal”) beside the local ones, by time. Only portal admins may read it, and a plan without the audit trail shows only its latest events; when the portal refuses, the reason is printed and the local history is shown alone (exit 0).</source>
        <translation>--with-portal-audit также читает журнал аудита портала, в котором записываются такие изменения из всех источников, включая веб-страницы портала, и показывает его события (с пометкой «портал») рядом с локальными, по времени. Читать его могут только администраторы портала, а при тарифе без журнала аудита показываются только последние события; если портал отказывает, выводится причина и показывается только локальная история (код выхода 0).</translation>
    </message>
    <message>
        <source>A damaged line of the history file is skipped and reported on standard error. Exit codes: 0 done, 2 bad usage, 1 the history cannot be read.</source>
        <translation>Поврежденная строка файла истории пропускается, и об этом сообщается в стандартный поток ошибок. Коды выхода: 0 — выполнено, 2 — неверное использование, 1 — не удается прочитать историю.</translation>
    </message>
    <message>
        <source>history takes no arguments; name the portal with --portal NAME.</source>
        <translation>history не принимает аргументов; укажите портал с помощью --portal NAME.</translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>--since принимает день в формате YYYY-MM-DD, например 2026-01-31.</translation>
    </message>
    <message>
        <source>--with-portal-audit needs --portal NAME (or --url with credentials): the audit trail is read from one portal.</source>
        <translation>--with-portal-audit требует --portal NAME (или --url с учетными данными): журнал аудита читается с одного портала.</translation>
    </message>
    <message>
        <source>--url is for --with-portal-audit; to see the local history of a portal, give --portal NAME.</source>
        <translation>--url предназначен для --with-portal-audit; чтобы увидеть локальную историю портала, укажите --portal NAME.</translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail was not read: %1</source>
        <translation>Журнал аудита портала не прочитан: %1</translation>
    </message>
    <message>
        <source>No changes in the history.</source>
        <translation>В истории нет изменений.</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ВРЕМЯ (UTC)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>ПОРТАЛ</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>ОБЛАСТЬ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ОБЪЕКТ</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>КЛЮЧИ</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локально</translation>
    </message>
</context>
<context>
    <name>JwtBatchVerify</name>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1: действителен (%2)</translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation>%1: недействителен: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>%1 tokens: %2 valid, %3 invalid</source>
        <translation>Токенов: %1, действительных: %2, недействительных: %3</translation>
    </message>
    <message>
        <source>Reading the tokens stopped early: %1</source>
        <translation>Чтение токенов прервано досрочно: %1</translation>
    </message>
</context>
<context>
    <name>JwtCommand</name>
    <message>
        <source>Decode, verify and sign JSON Web Tokens (JWS).</source>
        <translation>Декодирование, проверка и подпись JSON Web Token (JWS).</translation>
    </message>
    <message>
        <source>Algorithms: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA (Ed25519). A token with alg “none” is never valid.</source>
        <translation>Алгоритмы: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 и EdDSA (Ed25519). Токен с alg «none» никогда не бывает действительным.</translation>
    </message>
</context>
<context>
    <name>JwtConfigCommand</name>
    <message>
        <source>%1: in the config (%2) but not signed by the token</source>
        <translation>%1: есть в конфигурации (%2), но не подписано токеном</translation>
    </message>
    <message>
        <source>%1: signed by the token (%2) but not in the config</source>
        <translation>%1: подписано токеном (%2), но отсутствует в конфигурации</translation>
    </message>
    <message>
        <source>%1: the config says %2, the token says %3</source>
        <translation>%1: в конфигурации — %2, в токене — %3</translation>
    </message>
    <message>
        <source>Print JSON for scripts (check-config).</source>
        <translation>Вывести JSON для скриптов (check-config).</translation>
    </message>
    <message>
        <source>Sign a Document Server config and set its “token”.</source>
        <translation>Подписать конфигурацию Document Server и задать ее поле «token».</translation>
    </message>
    <message>
        <source>Check a config&apos;s embedded token and list what differs from the config.</source>
        <translation>Проверить встроенный в конфигурацию токен и перечислить отличия от конфигурации.</translation>
    </message>
    <message>
        <source>Signs every member of the editor config (or of a method&apos;s parameter object) with HS256 and prints the config with its “token” member set.</source>
        <translation>Подписывает все поля конфигурации редактора (или объекта параметров метода) с помощью HS256 и выводит конфигурацию с заполненным полем «token».</translation>
    </message>
    <message>
        <source>Verifies the “token” member of the config and lists every member that is missing from the token, extra in it, or different. Exits 0 when the token is valid and signs exactly the config, 1 otherwise.</source>
        <translation>Проверяет поле «token» конфигурации и перечисляет все поля, которые отсутствуют в токене, лишние в нем или отличаются. Код выхода 0, если токен действителен и подписывает в точности эту конфигурацию, иначе 1.</translation>
    </message>
    <message>
        <source>The config is not a JSON object.</source>
        <translation>Конфигурация не является объектом JSON.</translation>
    </message>
    <message>
        <source>The config has no “token” member.</source>
        <translation>В конфигурации нет поля «token».</translation>
    </message>
    <message>
        <source>The token&apos;s signature is valid.</source>
        <translation>Подпись токена действительна.</translation>
    </message>
    <message>
        <source>The token signs exactly this config.</source>
        <translation>Токен подписывает в точности эту конфигурацию.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Недействителен: %1</translation>
    </message>
</context>
<context>
    <name>JwtDecodeCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>Show a token&apos;s header, payload, claims and warnings.</source>
        <translation>Показать заголовок, полезную нагрузку, утверждения и предупреждения токена.</translation>
    </message>
    <message>
        <source>Decodes a compact JWS without checking its signature. The token is read from standard input when it is &quot;-&quot; or not given. Warnings go to standard error.</source>
        <translation>Декодирует компактный JWS без проверки подписи. Токен читается из стандартного ввода, если он равен &quot;-&quot; или не указан. Предупреждения выводятся в стандартный поток ошибок.</translation>
    </message>
</context>
<context>
    <name>JwtReport</name>
    <message>
        <source>Header:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Полезная нагрузка:</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Подпись: %1</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Утверждения:</translation>
    </message>
</context>
<context>
    <name>JwtSignCommand</name>
    <message>
        <source>The algorithm: HS256/384/512, RS*, PS*, ES256/384/512 or EdDSA.</source>
        <translation>Алгоритм: HS256/384/512, RS*, PS*, ES256/384/512 или EdDSA.</translation>
    </message>
    <message>
        <source>Put this key id into the header.</source>
        <translation>Добавить этот идентификатор ключа в заголовок.</translation>
    </message>
    <message>
        <source>Add the members of the JSON object in FILE to the header.</source>
        <translation>Добавить в заголовок поля объекта JSON из FILE.</translation>
    </message>
    <message>
        <source>Sign a JSON payload and print the token.</source>
        <translation>Подписать полезную нагрузку JSON и вывести токен.</translation>
    </message>
    <message>
        <source>The payload is read from standard input when the file is &quot;-&quot; or not given. Asymmetric algorithms need a private key. Warnings about the key go to standard error.</source>
        <translation>Полезная нагрузка читается из стандартного ввода, если файл равен &quot;-&quot; или не указан. Для асимметричных алгоритмов нужен закрытый ключ. Предупреждения о ключе выводятся в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>jwt sign: say which algorithm to sign with, e.g. --alg HS256.</source>
        <translation>jwt sign: укажите алгоритм подписи, например --alg HS256.</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”; “none” is never offered.</source>
        <translation>Неизвестный алгоритм «%1»; «none» никогда не предлагается.</translation>
    </message>
    <message>
        <source>--header-json: %1</source>
        <translation>--header-json: %1</translation>
    </message>
    <message>
        <source>the file holds no JSON object.</source>
        <translation>файл не содержит объекта JSON.</translation>
    </message>
</context>
<context>
    <name>JwtSubcommand</name>
    <message>
        <source>%1: unexpected argument “%2”. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: неожиданный аргумент «%2». Выполните «portalkeys-cli %1 --help».</translation>
    </message>
</context>
<context>
    <name>JwtTemplateCommand</name>
    <message>
        <source>Print a Document Server payload template.</source>
        <translation>Вывести шаблон полезной нагрузки Document Server.</translation>
    </message>
    <message>
        <source>Prints an example payload to edit and sign with “portalkeys-cli jwt sign” or “portalkeys-cli jwt sign-config”.</source>
        <translation>Выводит пример полезной нагрузки, который можно отредактировать и подписать командой «portalkeys-cli jwt sign» или «portalkeys-cli jwt sign-config».</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Шаблоны:</translation>
    </message>
    <message>
        <source>jwt template: name one of %1.</source>
        <translation>jwt template: укажите один из шаблонов: %1.</translation>
    </message>
    <message>
        <source>jwt template: unknown template “%1”; choose one of %2.</source>
        <translation>jwt template: неизвестный шаблон «%1»; выберите один из: %2.</translation>
    </message>
</context>
<context>
    <name>JwtVerifyCommand</name>
    <message>
        <source>Accept only these algorithms (comma-separated), e.g. HS256,RS256.</source>
        <translation>Принимать только эти алгоритмы (через запятую), например HS256,RS256.</translation>
    </message>
    <message>
        <source>Check the times as if it were UNIX_SECONDS.</source>
        <translation>Проверять время так, как если бы сейчас было UNIX_SECONDS.</translation>
    </message>
    <message>
        <source>Allow this much clock difference for exp and nbf (default 0).</source>
        <translation>Допустимая разница часов для exp и nbf (по умолчанию 0).</translation>
    </message>
    <message>
        <source>Check the signature only, not exp and nbf.</source>
        <translation>Проверять только подпись, без exp и nbf.</translation>
    </message>
    <message>
        <source>Fail when the key is weak (empty, short, or in a word list).</source>
        <translation>Завершаться ошибкой, если ключ слабый (пустой, короткий или есть в словаре).</translation>
    </message>
    <message>
        <source>Pick the key with this id from a JWK Set (default: the token&apos;s kid).</source>
        <translation>Выбрать ключ с этим идентификатором из JWK Set (по умолчанию — kid токена).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>Check a plain JWS, whose payload may be any data: only the signature and the header count, no claims or times.</source>
        <translation>Проверить простой JWS, полезная нагрузка которого может быть любыми данными: учитываются только подпись и заголовок, без утверждений и времени.</translation>
    </message>
    <message>
        <source>Verify many tokens, one per line of the file given instead of a token (or of standard input): one verdict per line, never the token.</source>
        <translation>Проверить много токенов, по одному в строке файла, указанного вместо токена (или стандартного ввода): по одному вердикту на строку, никогда не сам токен.</translation>
    </message>
    <message>
        <source>Also warn when the HMAC secret is in FILE (one secret per line); the built-in list of weak secrets is always checked.</source>
        <translation>Также предупреждать, если секрет HMAC есть в FILE (один секрет в строке); встроенный список слабых секретов проверяется всегда.</translation>
    </message>
    <message>
        <source>Check a token&apos;s signature and times.</source>
        <translation>Проверить подпись и время токена.</translation>
    </message>
    <message>
        <source>Exits 0 when the signature and the times check out, 1 when they do not (the reason on standard error), 2 when the token or the key cannot be read. The algorithms allowed come from the key and --alg, never from the token alone.</source>
        <translation>Код выхода 0, если подпись и время верны, 1 — если нет (причина выводится в стандартный поток ошибок), 2 — если не удается прочитать токен или ключ. Допустимые алгоритмы определяются ключом и --alg, но никогда одним только токеном.</translation>
    </message>
    <message>
        <source>A JWT is also invalid (exit 1) when its payload is not a JSON object, when exp, nbf or iat is not a number, or when the header&apos;s kid is not a string, as the JWT libraries judge it. --jws checks a plain JWS instead: any payload, no claims.</source>
        <translation>JWT также недействителен (код выхода 1), если его полезная нагрузка не является объектом JSON, если exp, nbf или iat — не число или если kid в заголовке — не строка, как это оценивают библиотеки JWT. --jws вместо этого проверяет простой JWS: любая полезная нагрузка, без утверждений.</translation>
    </message>
    <message>
        <source>--batch reads one token per line (blank lines and lines starting with # are skipped) and prints one verdict per line in input order, “LINE: valid (ALG)” or “LINE: invalid: reason”, or with --json one JSON object per line (line, valid, alg, errors, warnings, exp); the tokens themselves are never printed. The key is read once, so a JWK Set needs --kid. Exits 0 when every token is valid, 1 when one is not.</source>
        <translation>--batch читает по одному токену в строке (пустые строки и строки, начинающиеся с #, пропускаются) и выводит по одному вердикту на строку в порядке ввода: «СТРОКА: действителен (ALG)» или «СТРОКА: недействителен: причина», а с --json — по одному объекту JSON на строку (line, valid, alg, errors, warnings, exp); сами токены никогда не выводятся. Ключ читается один раз, поэтому для JWK Set нужен --kid. Код выхода 0, если все токены действительны, 1 — если хотя бы один недействителен.</translation>
    </message>
    <message>
        <source>Valid: the %1 signature of this plain JWS checks out (no claims checked).</source>
        <translation>Действителен: подпись %1 этого простого JWS верна (утверждения не проверялись).</translation>
    </message>
    <message>
        <source>Valid: the %1 signature and the times check out.</source>
        <translation>Действителен: подпись %1 и время верны.</translation>
    </message>
    <message>
        <source>Valid: the %1 signature checks out (times not checked).</source>
        <translation>Действителен: подпись %1 верна (время не проверялось).</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1” in --alg.</source>
        <translation>Неизвестный алгоритм «%1» в --alg.</translation>
    </message>
    <message>
        <source>--now takes a number of seconds since 1970-01-01 UTC.</source>
        <translation>--now принимает число секунд с 1970-01-01 UTC.</translation>
    </message>
    <message>
        <source>--leeway takes a number of seconds, 0 or more.</source>
        <translation>--leeway принимает число секунд, 0 или больше.</translation>
    </message>
    <message>
        <source>the built-in list of weak secrets</source>
        <translation>встроенный список слабых секретов</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Недействителен: %1</translation>
    </message>
    <message>
        <source>If this is a plain JWS with other data than claims, check it with --jws.</source>
        <translation>Если это простой JWS с данными, отличными от утверждений, проверьте его с --jws.</translation>
    </message>
</context>
<context>
    <name>JwtWeakSecretCommand</name>
    <message>
        <source>Try the secrets in FILE (one per line) instead of the built-in list.</source>
        <translation>Перебрать секреты из FILE (по одному в строке) вместо встроенного списка.</translation>
    </message>
    <message>
        <source>Search a word list for the secret of an HMAC token.</source>
        <translation>Найти секрет токена HMAC перебором по словарю.</translation>
    </message>
    <message>
        <source>Tries every candidate against an HS256/384/512 token and stops at the first that verifies. Exits 0 and prints the secret when one is found (the token&apos;s secret is weak: replace it), 1 when none is.</source>
        <translation>Проверяет каждого кандидата на токене HS256/384/512 и останавливается на первом подошедшем. Код выхода 0 и вывод секрета, если он найден (секрет токена слабый: замените его), 1 — если не найден.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n candidates is the secret.</source>
        <translation>
            <numerusform>Ни один из %n кандидата не является секретом.</numerusform>
            <numerusform>Ни один из %n кандидатов не является секретом.</numerusform>
            <numerusform>Ни один из %n кандидатов не является секретом.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the secret after %n candidates: the empty secret</source>
        <translation>
            <numerusform>Секрет найден после %n кандидата: пустой секрет</numerusform>
            <numerusform>Секрет найден после %n кандидатов: пустой секрет</numerusform>
            <numerusform>Секрет найден после %n кандидатов: пустой секрет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the secret after %n candidates: %1</source>
        <translation>
            <numerusform>Секрет найден после %n кандидата: %1</numerusform>
            <numerusform>Секрет найден после %n кандидатов: %1</numerusform>
            <numerusform>Секрет найден после %n кандидатов: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyOptions</name>
    <message>
        <source>the HMAC secret</source>
        <translation>секрет HMAC</translation>
    </message>
    <message>
        <source>Use the HMAC secret stored in the keychain under NAME (see “portalkeys-cli secret”).</source>
        <translation>Использовать секрет HMAC, сохраненный в связке ключей под именем NAME (см. «portalkeys-cli secret»).</translation>
    </message>
    <message>
        <source>Use the PEM key or certificate, JWK or JWK Set in the file PATH.</source>
        <translation>Использовать ключ или сертификат PEM, JWK или JWK Set из файла PATH.</translation>
    </message>
    <message>
        <source>How the secret is written: utf8 (default), base64, base64url or hex.</source>
        <translation>Как записан секрет: utf8 (по умолчанию), base64, base64url или hex.</translation>
    </message>
    <message>
        <source>--secret-env, --secret-file, --secret-keychain or --key-file</source>
        <translation>--secret-env, --secret-file, --secret-keychain или --key-file</translation>
    </message>
    <message>
        <source>--secret-env, --secret-file or --secret-keychain</source>
        <translation>--secret-env, --secret-file или --secret-keychain</translation>
    </message>
    <message>
        <source>Give the key with one of %1.</source>
        <translation>Укажите ключ с помощью одного из параметров: %1.</translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <translation>Укажите только один из параметров: %1.</translation>
    </message>
    <message>
        <source>Unknown secret encoding “%1”: use utf8, base64, base64url or hex.</source>
        <translation>Неизвестная кодировка секрета «%1»: используйте utf8, base64, base64url или hex.</translation>
    </message>
    <message>
        <source>This program has no keychain access.</source>
        <translation>У этой программы нет доступа к связке ключей.</translation>
    </message>
</context>
<context>
    <name>OAuthAppCommand</name>
    <message>
        <source>Prepare, register, manage and try OAuth 2.0 apps of a DocSpace portal.</source>
        <translation>Подготовка, регистрация, управление и проверка приложений OAuth 2.0 портала DocSpace.</translation>
    </message>
    <message>
        <source>A draft app is a JSON file holding exactly the body the portal takes to register an app: name, description, logo, website_url, terms_url, policy_url, logout_redirect_uri, redirect_uris, allowed_origins, scopes, allow_pkce and is_public. The portal sets is_public to true for every app, whatever a draft says.</source>
        <translation>Черновик приложения — это файл JSON, содержащий в точности то тело запроса, которое портал принимает для регистрации приложения: name, description, logo, website_url, terms_url, policy_url, logout_redirect_uri, redirect_uris, allowed_origins, scopes, allow_pkce и is_public. Портал устанавливает is_public в true для каждого приложения, что бы ни было указано в черновике.</translation>
    </message>
</context>
<context>
    <name>OAuthAppCreateCommand</name>
    <message>
        <source>Print JSON for scripts: the app, and its client_secret unless --store-secret is given.</source>
        <translation>Вывести JSON для скриптов: приложение и его client_secret, если не указан --store-secret.</translation>
    </message>
    <message>
        <source>Register a draft app (JSON) on a portal; its client secret goes to the keychain or is printed.</source>
        <translation>Зарегистрировать черновик приложения (JSON) на портале; его секрет клиента сохраняется в связке ключей или выводится.</translation>
    </message>
    <message>
        <source>Checks the draft as “oauth-app validate” does; when it has errors they are listed (“field: message”), nothing is sent and the command exits 2. Otherwise registers the app and prints its client ID (“client_id: …”). Reads standard input for &quot;-&quot;.</source>
        <translation>Проверяет черновик так же, как «oauth-app validate»; если есть ошибки, они перечисляются («поле: сообщение»), ничего не отправляется и команда завершается с кодом 2. Иначе регистрирует приложение и выводит его ID клиента («client_id: …»). Для &quot;-&quot; читает стандартный ввод.</translation>
    </message>
    <message>
        <source>With --store-secret NAME the client secret goes to the keychain as a named secret (as with “portalkeys-cli secret store NAME”), for example for “oauth-app try ID --client-secret-keychain NAME”, and is not printed. Without it, the secret is printed on standard output (“client_secret: …”) with a reminder on standard error. Either way “oauth-app show ID --reveal-secret” reads it again later. When the portal refuses the app, each field it names is listed as “field: message”, and a refusal for the registry&apos;s limit (on DocSpace cloud %1 apps per portal, %2 per user) says which one (exit 1).</source>
        <translation>С --store-secret NAME секрет клиента сохраняется в связке ключей как именованный секрет (как с «portalkeys-cli secret store NAME»), например для «oauth-app try ID --client-secret-keychain NAME», и не выводится. Без этого параметра секрет выводится в стандартный вывод («client_secret: …») с напоминанием в стандартном потоке ошибок. В обоих случаях «oauth-app show ID --reveal-secret» позже прочитает его снова. Если портал отклоняет приложение, каждое названное им поле выводится как «поле: сообщение», а при отказе из-за лимита реестра (в облачном DocSpace — %1 приложений на портал, %2 на пользователя) указывается, какой лимит превышен (код выхода 1).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid OAuth app: %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>«%1» не является допустимым приложением OAuth: %n ошибка; ничего не отправлено.</numerusform>
            <numerusform>«%1» не является допустимым приложением OAuth: %n ошибки; ничего не отправлено.</numerusform>
            <numerusform>«%1» не является допустимым приложением OAuth: %n ошибок; ничего не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal registered the app but did not say its client ID; look for “%1” with “portalkeys-cli oauth-app list”.</source>
        <translation>Портал зарегистрировал приложение, но не сообщил его ID клиента; найдите «%1» с помощью «portalkeys-cli oauth-app list».</translation>
    </message>
    <message>
        <source>the portal sent no client secret, so nothing was stored.</source>
        <translation>портал не прислал секрет клиента, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <source>Registered the OAuth app “%1” on %2.</source>
        <translation>Приложение OAuth «%1» зарегистрировано на %2.</translation>
    </message>
    <message>
        <source>the JSON above holds the client secret; keep it safe.</source>
        <translation>JSON выше содержит секрет клиента; храните его в надежном месте.</translation>
    </message>
</context>
<context>
    <name>OAuthAppDeleteCommand</name>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal, as in scripts).</source>
        <translation>Удалить без подтверждения (нужно, когда стандартный ввод — не терминал, например в скриптах).</translation>
    </message>
    <message>
        <source>Delete an OAuth app from a portal.</source>
        <translation>Удалить приложение OAuth с портала.</translation>
    </message>
    <message>
        <source>Deletes the app with the client ID “ID”: nobody can sign in with it any more, and its client ID and secret cannot be brought back. On a terminal the command names the app and asks first; otherwise it needs --yes, and without it exits 2 having sent nothing. A secret kept with --store-secret stays in the keychain: remove it with “portalkeys-cli secret delete NAME”. Exits 1 when there is no such app or the answer is no.</source>
        <translation>Удаляет приложение с ID клиента «ID»: войти с ним больше никто не сможет, а его ID клиента и секрет восстановить нельзя. В терминале команда называет приложение и сначала спрашивает подтверждение; в остальных случаях нужен --yes, без него команда завершается с кодом 2, ничего не отправив. Секрет, сохраненный с --store-secret, остается в связке ключей: удалите его командой «portalkeys-cli secret delete NAME». Код выхода 1 — если такого приложения нет или получен ответ «нет».</translation>
    </message>
    <message>
        <source>oauth-app delete: standard input is not a terminal, so there is nobody to ask; add --yes to delete the app.</source>
        <translation>oauth-app delete: стандартный ввод — не терминал, поэтому спросить подтверждение некого; добавьте --yes, чтобы удалить приложение.</translation>
    </message>
    <message>
        <source>Delete the OAuth app “%1” (%2) from %3? Nobody will be able to sign in with it any more.</source>
        <translation>Удалить приложение OAuth «%1» (%2) с %3? Войти с ним больше никто не сможет.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>Deleted the OAuth app %1 from %2.</source>
        <translation>Приложение OAuth %1 удалено с %2.</translation>
    </message>
    <message>
        <source>Deleted the OAuth app “%1” (%2) from %3.</source>
        <translation>Приложение OAuth «%1» (%2) удалено с %3.</translation>
    </message>
</context>
<context>
    <name>OAuthAppDraftFile</name>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>«%1» не является корректным JSON: %2.</translation>
    </message>
    <message>
        <source>“%1” does not hold an OAuth app: a JSON object is expected.</source>
        <translation>«%1» не содержит приложения OAuth: ожидается объект JSON.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
</context>
<context>
    <name>OAuthAppEnableCommand</name>
    <message>
        <source>Enable an OAuth app: people can sign in with it again.</source>
        <translation>Включить приложение OAuth: пользователи снова смогут входить с ним.</translation>
    </message>
    <message>
        <source>Disable an OAuth app: nobody can sign in with it until it is enabled.</source>
        <translation>Отключить приложение OAuth: никто не сможет войти с ним, пока оно не будет включено.</translation>
    </message>
    <message>
        <source>Enables the app with the client ID “ID”, so that it can sign people in again. Its client ID and secret stay the same.</source>
        <translation>Включает приложение с ID клиента «ID», чтобы через него снова можно было входить. Его ID клиента и секрет не меняются.</translation>
    </message>
    <message>
        <source>Disables the app with the client ID “ID”: the portal refuses to sign anyone in with it until it is enabled again. Nothing else changes: the client ID and secret stay the same. Exits 1 when there is no such app.</source>
        <translation>Отключает приложение с ID клиента «ID»: портал никого не впускает через него, пока оно снова не будет включено. Больше ничего не меняется: ID клиента и секрет остаются прежними. Код выхода 1, если такого приложения нет.</translation>
    </message>
    <message>
        <source>Enabled the OAuth app %1 on %2.</source>
        <translation>Приложение OAuth %1 включено на %2.</translation>
    </message>
    <message>
        <source>Disabled the OAuth app %1 on %2.</source>
        <translation>Приложение OAuth %1 отключено на %2.</translation>
    </message>
</context>
<context>
    <name>OAuthAppIconCommand</name>
    <message>
        <source>Scale a PNG or JPEG image that is not 32×32 to 32×32 (aspect kept, centred on a transparent square, stored as PNG).</source>
        <translation>Масштабировать изображение PNG или JPEG размером не 32×32 до 32×32 (с сохранением пропорций, по центру прозрачного квадрата, в формате PNG).</translation>
    </message>
    <message>
        <source>Turn a PNG, JPEG or SVG image into the icon (data URI) of an app.</source>
        <translation>Преобразовать изображение PNG, JPEG или SVG в иконку приложения (data URI).</translation>
    </message>
    <message>
        <source>Run again with --scale to do that.</source>
        <translation>Чтобы сделать это, запустите снова с --scale.</translation>
    </message>
    <message>
        <source>Prints the data URI the image would be sent as, for the “logo” of a draft app. The format comes from the bytes, not from the file name. The portal takes PNG, JPEG and SVG up to 256000 bytes and shows icons at 32×32: a PNG or JPEG image of another size is refused unless --scale is given, whatever its file size, as only the scaled icon must fit (a 32×32 image with too many bytes is stored again as PNG). SVG images are sent as they are, so they must fit themselves; those with scripts are refused. Reads standard input for &quot;-&quot;. Exits 0 with the data URI, 2 with the reason on standard error (also when the image module this command loads is missing).</source>
        <translation>Выводит data URI, в виде которого изображение было бы отправлено как «logo» черновика приложения. Формат определяется по содержимому, а не по имени файла. Портал принимает PNG, JPEG и SVG размером до 256000 байт и показывает иконки размером 32×32: изображение PNG или JPEG другого размера отклоняется, если не указан --scale, каков бы ни был размер файла, так как уложиться в лимит должна только масштабированная иконка (изображение 32×32 со слишком большим числом байт сохраняется заново как PNG). Изображения SVG отправляются как есть, поэтому сами должны укладываться в лимит; SVG со скриптами отклоняются. Для &quot;-&quot; читает стандартный ввод. Завершается с кодом 0 и data URI или с кодом 2 и причиной в стандартном потоке ошибок (также если модуль изображений, который загружает эта команда, отсутствует).</translation>
    </message>
</context>
<context>
    <name>OAuthAppIconModule</name>
    <message>
        <source>oauth-app icon needs its image module, %1, which is not installed (looked for %2). Reinstall portalkeys-cli.</source>
        <translation>Команде oauth-app icon нужен модуль изображений %1, но он не установлен (искали %2). Переустановите portalkeys-cli.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>oauth-app icon cannot load its image module %1: %2. Reinstall portalkeys-cli.</source>
        <translation>Команда oauth-app icon не может загрузить модуль изображений %1: %2. Переустановите portalkeys-cli.</translation>
    </message>
    <message>
        <source>The image module %1 is not the one this portalkeys-cli was built with (it has no %2). Reinstall portalkeys-cli.</source>
        <translation>Модуль изображений %1 не соответствует этой сборке portalkeys-cli (в нем нет %2). Переустановите portalkeys-cli.</translation>
    </message>
</context>
<context>
    <name>OAuthAppListCommand</name>
    <message>
        <source>Print the apps as a JSON list, as the portal describes them.</source>
        <translation>Вывести приложения списком JSON в том виде, в каком их описывает портал.</translation>
    </message>
    <message>
        <source>List the OAuth apps registered on a portal, newest first.</source>
        <translation>Показать приложения OAuth, зарегистрированные на портале, начиная с новых.</translation>
    </message>
    <message>
        <source>Lists every app of the portal, newest first: client ID, enabled or disabled, when it was registered, and its name. The portal hands the list out in pages of at most %1; all of them are fetched. Client secrets are never part of the list.</source>
        <translation>Выводит все приложения портала, начиная с новых: ID клиента, включено или отключено, когда зарегистрировано и название. Портал выдает список страницами не более чем по %1; загружаются все страницы. Секреты клиентов никогда не входят в список.</translation>
    </message>
    <message numerus="yes">
        <source>the portal kept sending pages; only the first %n apps are listed.</source>
        <translation>
            <numerusform>портал продолжал присылать страницы; показано только первое %n приложение.</numerusform>
            <numerusform>портал продолжал присылать страницы; показаны только первые %n приложения.</numerusform>
            <numerusform>портал продолжал присылать страницы; показаны только первые %n приложений.</numerusform>
        </translation>
    </message>
    <message>
        <source>No OAuth apps are registered on %1. Register one with: portalkeys-cli oauth-app create FILE.json …</source>
        <translation>На %1 не зарегистрировано ни одного приложения OAuth. Зарегистрируйте приложение командой: portalkeys-cli oauth-app create FILE.json …</translation>
    </message>
</context>
<context>
    <name>OAuthAppOnlineSubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, %3 expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: слишком много аргументов (указано %2, ожидается %3); они здесь не повторяются на случай, если один из них секрет. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: give %2. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: укажите %2. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: an argument is empty.</source>
        <translation>%1: один из аргументов пуст.</translation>
    </message>
    <message>
        <source>There is no OAuth app with the client ID “%1” on %2.</source>
        <translation>На %2 нет приложения OAuth с ID клиента «%1».</translation>
    </message>
    <message>
        <source>Keep the client secret in the keychain as the named secret NAME (see “portalkeys-cli secret”) instead of printing it.</source>
        <translation>Вместо вывода секрета клиента сохранить его в связке ключей как именованный секрет NAME (см. «portalkeys-cli secret»).</translation>
    </message>
    <message>
        <source>The client secret could not be kept and is not shown. Once the keychain works, store it with: portalkeys-cli oauth-app show %1 --store-secret %2 …</source>
        <translation>Не удалось сохранить секрет клиента, и он не показан. Когда связка ключей заработает, сохраните его командой: portalkeys-cli oauth-app show %1 --store-secret %2 …</translation>
    </message>
    <message>
        <source>keep the client secret safe: anyone who has it can sign in as the app (next time, --store-secret NAME puts it in the keychain instead). The portal gives it again to its admins and the app&apos;s creator: portalkeys-cli oauth-app show %1 … --reveal-secret</source>
        <translation>храните секрет клиента в надежном месте: любой, у кого он есть, может войти от имени приложения (в следующий раз --store-secret NAME сохранит его в связке ключей). Портал снова выдает его своим администраторам и создателю приложения: portalkeys-cli oauth-app show %1 … --reveal-secret</translation>
    </message>
    <message>
        <source>The client secret is in the keychain as the named secret “%1” (it replaced the secret stored under that name before).</source>
        <translation>Секрет клиента сохранен в связке ключей как именованный секрет «%1» (он заменил секрет, ранее сохраненный под этим именем).</translation>
    </message>
    <message>
        <source>The client secret is in the keychain as the named secret “%1”.</source>
        <translation>Секрет клиента сохранен в связке ключей как именованный секрет «%1».</translation>
    </message>
    <message>
        <source>PORTAL is --portal NAME for a saved portal, or --url URL with --api-key-env NAME, --token-env NAME, or --user EMAIL and --password-env NAME. Managing OAuth apps needs a portal admin; the portal&apos;s app registry is reached with a short-lived signature the portal issues to that admin, renewed once when it expires. Exit codes: 0 done, 1 refused for the data given or not found, 2 bad usage or input (nothing sent), 3 network or TLS, 4 credentials or permission, 5 keychain.</source>
        <translation>PORTAL — это --portal NAME для сохраненного портала или --url URL с --api-key-env NAME, --token-env NAME либо --user EMAIL и --password-env NAME. Для управления приложениями OAuth нужен администратор портала; доступ к реестру приложений портала осуществляется с краткосрочной подписью, которую портал выдает этому администратору и которая один раз обновляется по истечении срока. Коды выхода: 0 — выполнено, 1 — отказ для указанных данных или не найдено, 2 — неверное использование или входные данные (ничего не отправлено), 3 — сеть или TLS, 4 — учетные данные или права доступа, 5 — связка ключей.</translation>
    </message>
</context>
<context>
    <name>OAuthAppRegenerateSecretCommand</name>
    <message>
        <source>Give an OAuth app a new client secret; the old one stops working at once.</source>
        <translation>Выдать приложению OAuth новый секрет клиента; старый сразу перестает работать.</translation>
    </message>
    <message>
        <source>Has the portal make a new client secret for the app with the client ID “ID”. The old secret stops working at once: every integration that uses it needs the new one. A secret that was only misplaced needs no new one: “oauth-app show ID --reveal-secret” reads the current one again. As with “create”, with --store-secret NAME the new secret goes to the keychain as a named secret and is not printed; without it, it is printed on standard output (“client_secret: …”) with a reminder on standard error.</source>
        <translation>Запрашивает у портала новый секрет клиента для приложения с ID клиента «ID». Старый секрет сразу перестает работать: всем интеграциям, которые его используют, нужен новый. Если секрет просто потерян, новый не нужен: «oauth-app show ID --reveal-secret» снова прочитает текущий. Как и в «create», с --store-secret NAME новый секрет сохраняется в связке ключей как именованный секрет и не выводится; без этого параметра он выводится в стандартный вывод («client_secret: …») с напоминанием в стандартном потоке ошибок.</translation>
    </message>
    <message>
        <source>The portal answered without the new client secret. The old one may no longer work; run the command again.</source>
        <translation>Портал ответил без нового секрета клиента. Старый, возможно, больше не работает; выполните команду еще раз.</translation>
    </message>
    <message>
        <source>The OAuth app %1 on %2 has a new client secret; the old one no longer works.</source>
        <translation>У приложения OAuth %1 на %2 новый секрет клиента; старый больше не работает.</translation>
    </message>
</context>
<context>
    <name>OAuthAppShowCommand</name>
    <message>
        <source>Print the app as the portal describes it (JSON); the file can be edited and given to “oauth-app update”. The client secret is left out unless --reveal-secret is given.</source>
        <translation>Вывести приложение в том виде, в каком его описывает портал (JSON); файл можно отредактировать и передать в «oauth-app update». Секрет клиента не включается, если не указан --reveal-secret.</translation>
    </message>
    <message>
        <source>Print the client secret in clear instead of masked (as “client_secret” with --json).</source>
        <translation>Вывести секрет клиента открытым текстом, а не замаскированным (как «client_secret» с --json).</translation>
    </message>
    <message>
        <source>Show one OAuth app of a portal, its client secret masked unless asked for.</source>
        <translation>Показать одно приложение OAuth портала; его секрет клиента замаскирован, если не запрошен явно.</translation>
    </message>
    <message>
        <source>Shows the app with the client ID “ID”: its name, state, URLs, redirect URIs, allowed origins, scopes and who registered it when. Exits 1 when there is no such app, or when the secret was asked for and the portal sent none.</source>
        <translation>Показывает приложение с ID клиента «ID»: его название, состояние, URL-адреса, URI перенаправления, разрешенные источники, области действия, а также кто и когда его зарегистрировал. Код выхода 1, если такого приложения нет или если секрет был запрошен, а портал его не прислал.</translation>
    </message>
    <message>
        <source>The portal gives the client secret to its admins and to the app&apos;s creator whenever they ask, so a secret that was not kept can be read again here: there is no need to regenerate it, which would break every integration that uses it. It is shown masked; --reveal-secret prints it, and --store-secret NAME keeps it in the keychain as a named secret (for example for “oauth-app try ID --client-secret-keychain NAME”) without printing it.</source>
        <translation>Портал выдает секрет клиента своим администраторам и создателю приложения по каждому запросу, поэтому несохраненный секрет можно прочитать здесь снова: генерировать его заново, нарушая работу всех использующих его интеграций, не нужно. Он показывается замаскированным; --reveal-secret выводит его, а --store-secret NAME сохраняет его в связке ключей как именованный секрет (например, для «oauth-app try ID --client-secret-keychain NAME»), не выводя его.</translation>
    </message>
    <message>
        <source>The portal sent no client secret for the app %1.</source>
        <translation>Портал не прислал секрет клиента для приложения %1.</translation>
    </message>
    <message>
        <source>******** (hidden; --reveal-secret prints it)</source>
        <translation>******** (скрыт; --reveal-secret выведет его)</translation>
    </message>
    <message>
        <source>******** (in the keychain as “%1”)</source>
        <translation>******** (в связке ключей как «%1»)</translation>
    </message>
</context>
<context>
    <name>OAuthAppSubcommand</name>
    <message>
        <source>%1: unexpected argument “%2”. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: неожиданный аргумент «%2». Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: give %2 (&quot;-&quot; for standard input). Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: укажите %2 (&quot;-&quot; — стандартный ввод). Выполните «portalkeys-cli %1 --help».</translation>
    </message>
</context>
<context>
    <name>OAuthAppText</name>
    <message>
        <source>enabled</source>
        <translation>включено</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключено</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>ID КЛИЕНТА</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАНО</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>allowed: the app may sign in without its secret</source>
        <translation>разрешено: приложение может входить без секрета</translation>
    </message>
    <message>
        <source>not allowed: the app signs in with its secret</source>
        <translation>не разрешено: приложение входит с секретом</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4 bytes</source>
        <translation>%1, %2×%3, байт: %4</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, пользователь %2</translation>
    </message>
</context>
<context>
    <name>OAuthAppTryCommand</name>
    <message>
        <source>Sign in as a confidential client with the client secret kept in the keychain as the named secret NAME (e.g. by “create --store-secret NAME”).</source>
        <translation>Войти как конфиденциальный клиент с секретом клиента, сохраненным в связке ключей как именованный секрет NAME (например, командой «create --store-secret NAME»).</translation>
    </message>
    <message>
        <source>Sign in as a public client, with PKCE and no secret (the app must allow PKCE).</source>
        <translation>Войти как общедоступный клиент, с PKCE и без секрета (приложение должно разрешать PKCE).</translation>
    </message>
    <message>
        <source>Ask for these scopes (separated by spaces) rather than all the app&apos;s scopes.</source>
        <translation>Запросить эти области действия (через пробел) вместо всех областей действия приложения.</translation>
    </message>
    <message>
        <source>Only print the address to open, e.g. on a machine without a browser.</source>
        <translation>Только вывести адрес для открытия, например на машине без браузера.</translation>
    </message>
    <message>
        <source>Listen for the browser&apos;s redirect on this port of 127.0.0.1 (default: the port of the app&apos;s 127.0.0.1 redirect URI when it names one, else any free port).</source>
        <translation>Ожидать перенаправления браузера на этом порту 127.0.0.1 (по умолчанию — порт из URI перенаправления приложения на 127.0.0.1, если он указан, иначе любой свободный порт).</translation>
    </message>
    <message>
        <source>Also print the access and refresh tokens. They let anyone act as you until they expire.</source>
        <translation>Также вывести токены доступа и обновления. С ними любой может действовать от вашего имени, пока не истечет их срок.</translation>
    </message>
    <message>
        <source>Sign in with an OAuth app in the browser, as its users would, and show the token&apos;s claims.</source>
        <translation>Войти через приложение OAuth в браузере, как это делали бы его пользователи, и показать утверждения токена.</translation>
    </message>
    <message>
        <source>Runs the authorization code flow with PKCE (S256) for the app with the client ID “ID”: the sign-in address is printed on standard error and opened in the browser; after you approve, the browser comes back to a one-shot listener on 127.0.0.1, the code is exchanged for tokens, and the access token&apos;s claims (issuer, subject, client, scopes, times) are printed. The app needs a redirect URI on http://127.0.0.1/callback (any port, unless it names one). Ctrl+C stops waiting.</source>
        <translation>Выполняет поток авторизационного кода с PKCE (S256) для приложения с ID клиента «ID»: адрес входа выводится в стандартный поток ошибок и открывается в браузере; после вашего подтверждения браузер возвращается к одноразовому обработчику на 127.0.0.1, код обменивается на токены, и выводятся утверждения токена доступа (издатель, субъект, клиент, области действия, время). Приложению нужен URI перенаправления на http://127.0.0.1/callback (любой порт, если порт не указан в URI). Ctrl+C прекращает ожидание.</translation>
    </message>
    <message>
        <source>The tokens are secrets: they are never kept, and printed only with --show-tokens. A confidential client&apos;s secret comes from the keychain (--client-secret-keychain NAME), never from the command line. Exits 0 after a sign-in, 1 when the portal refuses it or the app is disabled, 2 when the app cannot be tried as asked (e.g. --public for an app without PKCE, a scope it does not have).</source>
        <translation>Токены являются секретами: они никогда не сохраняются и выводятся только с --show-tokens. Секрет конфиденциального клиента берется из связки ключей (--client-secret-keychain NAME), но никогда из командной строки. Код выхода 0 — после входа, 1 — если портал отклоняет вход или приложение отключено, 2 — если приложение нельзя проверить запрошенным способом (например, --public для приложения без PKCE или область действия, которой у него нет).</translation>
    </message>
    <message>
        <source>oauth-app try: give either --client-secret-keychain NAME (a confidential client) or --public (PKCE without a secret).</source>
        <translation>oauth-app try: укажите либо --client-secret-keychain NAME (конфиденциальный клиент), либо --public (PKCE без секрета).</translation>
    </message>
    <message>
        <source>--redirect-port takes a port number from 1 to 65535.</source>
        <translation>--redirect-port принимает номер порта от 1 до 65535.</translation>
    </message>
    <message>
        <source>--scopes names no scope.</source>
        <translation>--scopes не называет ни одной области действия.</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”. Keep the app&apos;s secret there with “oauth-app show ID … --store-secret %1”.</source>
        <translation>Под именем «%1» не сохранено ни одного секрета. Сохраните там секрет приложения командой «oauth-app show ID … --store-secret %1».</translation>
    </message>
    <message>
        <source>The app “%1” is disabled, so the portal signs nobody in with it. Enable it first: portalkeys-cli oauth-app enable %2 …</source>
        <translation>Приложение «%1» отключено, поэтому портал никого не впускает через него. Сначала включите его: portalkeys-cli oauth-app enable %2 …</translation>
    </message>
    <message>
        <source>The app “%1” does not allow public clients (PKCE without a secret); try it with its secret: --client-secret-keychain NAME.</source>
        <translation>Приложение «%1» не разрешает общедоступные клиенты (PKCE без секрета); проверьте его с секретом: --client-secret-keychain NAME.</translation>
    </message>
    <message>
        <source>The app “%1” may not ask for %2; its scopes are: %3.</source>
        <translation>Приложение «%1» не может запрашивать %2; его области действия: %3.</translation>
    </message>
    <message>
        <source>The app “%1” has no redirect URI %2 (any port), so the portal would not send the browser back to portalkeys-cli. Its redirect URIs cannot change after registration: to try an app here, register it with %2 among them.</source>
        <translation>У приложения «%1» нет URI перенаправления %2 (любой порт), поэтому портал не вернет браузер в portalkeys-cli. URI перенаправления нельзя изменить после регистрации: чтобы проверить приложение здесь, зарегистрируйте его с %2 среди URI перенаправления.</translation>
    </message>
    <message>
        <source>Listening on port %1, the port of the app&apos;s redirect URI.</source>
        <translation>Ожидание на порту %1 — порту из URI перенаправления приложения.</translation>
    </message>
    <message>
        <source>Open this address in your browser: %1</source>
        <translation>Откройте этот адрес в браузере: %1</translation>
    </message>
    <message>
        <source>No browser could be started; open the address yourself.</source>
        <translation>Не удалось запустить браузер; откройте адрес самостоятельно.</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back (Ctrl+C to stop)…</source>
        <translation>Ожидание возврата браузера (Ctrl+C — прервать)…</translation>
    </message>
    <message>
        <source>The browser came back; getting the tokens…</source>
        <translation>Браузер вернулся; получение токенов…</translation>
    </message>
    <message>
        <source>Signed in with the OAuth app “%1” (%2) as a public client (PKCE, no secret).</source>
        <translation>Вход через приложение OAuth «%1» (%2) выполнен как общедоступный клиент (PKCE, без секрета).</translation>
    </message>
    <message>
        <source>Signed in with the OAuth app “%1” (%2) as a confidential client (PKCE and its secret).</source>
        <translation>Вход через приложение OAuth «%1» (%2) выполнен как конфиденциальный клиент (PKCE и секрет).</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Предоставленные области действия: %1</translation>
    </message>
    <message>
        <source>The access token is a JWT signed with %1. Its claims:</source>
        <translation>Токен доступа — это JWT, подписанный %1. Его утверждения:</translation>
    </message>
    <message>
        <source>The access token is a JWT signed with %1 (key %2). Its claims:</source>
        <translation>Токен доступа — это JWT, подписанный %1 (ключ %2). Его утверждения:</translation>
    </message>
    <message>
        <source>The access token is not a JWT, so it has no claims to show.</source>
        <translation>Токен доступа не является JWT, поэтому утверждений для показа нет.</translation>
    </message>
    <message>
        <source>No refresh token was issued.</source>
        <translation>Токен обновления не выдан.</translation>
    </message>
    <message>
        <source>A refresh token was issued too.</source>
        <translation>Также выдан токен обновления.</translation>
    </message>
    <message>
        <source>The tokens are not shown (--show-tokens prints them) and were not kept.</source>
        <translation>Токены не показаны (их выводит --show-tokens) и не сохранены.</translation>
    </message>
    <message>
        <source>the tokens above let anyone act as you within their scopes until they expire; they were not kept anywhere else.</source>
        <translation>с токенами выше любой может действовать от вашего имени в пределах их областей действия, пока не истечет их срок; больше они нигде не сохранены.</translation>
    </message>
</context>
<context>
    <name>OAuthAppUpdateCommand</name>
    <message>
        <source>The portal does not let a registered app change it.</source>
        <translation>Портал не позволяет изменять это поле у зарегистрированного приложения.</translation>
    </message>
    <message>
        <source>Change a registered OAuth app from a JSON file (only what the portal lets change).</source>
        <translation>Изменить зарегистрированное приложение OAuth по файлу JSON (только то, что портал позволяет изменять).</translation>
    </message>
    <message>
        <source>Reads the app from FILE.json — a draft, a file saved with “oauth-app show ID --json” and edited, or only the members to change, such as {&quot;name&quot;: &quot;New name&quot;} — and changes the app with the client ID “ID”. Members the file leaves out keep their values. Reads standard input for &quot;-&quot;.</source>
        <translation>Читает приложение из FILE.json — черновика, файла, сохраненного с «oauth-app show ID --json» и отредактированного, или только полей для изменения, например {&quot;name&quot;: &quot;New name&quot;}, — и изменяет приложение с ID клиента «ID». Поля, отсутствующие в файле, сохраняют свои значения. Для &quot;-&quot; читает стандартный ввод.</translation>
    </message>
    <message>
        <source>The portal lets an update change only %1. When the file changes anything else (%2), each such field is named on standard error (“field: warning: why”) and left as it is; register a new app to change it (or use “oauth-app enable” and “disable”). What the portal assigns (created_on, tenant, …) is ignored; a client_id other than ID is refused. The file&apos;s members are checked first as “oauth-app validate” does; with errors nothing is sent (exit 2). Exits 1 when the file asks only for changes the portal does not allow, or the portal refuses the change (each field it names as “field: message”).</source>
        <translation>Портал позволяет при обновлении изменять только %1. Если файл изменяет что-то еще (%2), каждое такое поле называется в стандартном потоке ошибок («поле: warning: причина») и остается как есть; чтобы его изменить, зарегистрируйте новое приложение (или используйте «oauth-app enable» и «disable»). То, что назначает портал (created_on, tenant, …), игнорируется; client_id, отличный от ID, отклоняется. Сначала поля файла проверяются так же, как в «oauth-app validate»; при ошибках ничего не отправляется (код выхода 2). Код выхода 1, если файл запрашивает только изменения, которые портал не разрешает, или портал отклоняет изменение (каждое названное им поле выводится как «поле: сообщение»).</translation>
    </message>
    <message>
        <source>“%1” describes the app %2, not %3; nothing was sent. Give the matching ID, or remove client_id from the file.</source>
        <translation>«%1» описывает приложение %2, а не %3; ничего не отправлено. Укажите соответствующий ID или удалите client_id из файла.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>В «%1» %n ошибка; ничего не отправлено.</numerusform>
            <numerusform>В «%1» %n ошибки; ничего не отправлено.</numerusform>
            <numerusform>В «%1» %n ошибок; ничего не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>not changed. %1</source>
        <translation>не изменено. %1</translation>
    </message>
    <message>
        <source>Nothing was changed: the portal does not let a registered app change %1.</source>
        <translation>Ничего не изменено: портал не позволяет изменять у зарегистрированного приложения %1.</translation>
    </message>
    <message>
        <source>Nothing to change: the app %1 already has these values.</source>
        <translation>Нечего изменять: у приложения %1 уже эти значения.</translation>
    </message>
    <message>
        <source>Updated the OAuth app “%1” (%2) on %3: %4.</source>
        <translation>Приложение OAuth «%1» (%2) на %3 обновлено: %4.</translation>
    </message>
</context>
<context>
    <name>OAuthAppValidateCommand</name>
    <message>
        <source>Print the findings as JSON for scripts.</source>
        <translation>Вывести результаты проверки в формате JSON для скриптов.</translation>
    </message>
    <message>
        <source>Check a draft app (JSON) with the portal&apos;s rules, offline.</source>
        <translation>Проверить черновик приложения (JSON) по правилам портала, офлайн.</translation>
    </message>
    <message>
        <source>Checks a draft OAuth app — the JSON body the portal takes to register an app, or an app as the portal returns it — with the rules of the portal&apos;s identity service and of its registration form: required fields, lengths, URL patterns, redirect URLs and allowed origins, scopes and the icon. Reads standard input for &quot;-&quot;.</source>
        <translation>Проверяет черновик приложения OAuth — тело JSON, которое портал принимает для регистрации приложения, или приложение в том виде, в каком его возвращает портал, — по правилам службы идентификации портала и его формы регистрации: обязательные поля, длина, шаблоны URL, URL-адреса перенаправления и разрешенные источники, области действия и иконка. Для &quot;-&quot; читает стандартный ввод.</translation>
    </message>
    <message>
        <source>Each finding goes to standard error as one line, “field: message” (list entries as “redirect_uris[0]”, counted from 0; warnings as “field: warning: message”). Exits 0 when the portal would take the app (warnings allowed), 2 when it would not or the file cannot be read.</source>
        <translation>Каждое замечание выводится в стандартный поток ошибок одной строкой «поле: сообщение» (элементы списков — как «redirect_uris[0]», счет с 0; предупреждения — как «поле: warning: сообщение»). Код выхода 0, если портал принял бы приложение (предупреждения допускаются), 2 — если не принял бы или файл не удается прочитать.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>«%1» не является корректным JSON: %2.</translation>
    </message>
    <message>
        <source>“%1” does not hold an OAuth app: a JSON object is expected.</source>
        <translation>«%1» не содержит приложения OAuth: ожидается объект JSON.</translation>
    </message>
    <message>
        <source>Valid: the portal would take this app as it is.</source>
        <translation>Корректно: портал принял бы это приложение как есть.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid OAuth app: %n error(s).</source>
        <translation>
            <numerusform>«%1» не является допустимым приложением OAuth: %n ошибка.</numerusform>
            <numerusform>«%1» не является допустимым приложением OAuth: %n ошибки.</numerusform>
            <numerusform>«%1» не является допустимым приложением OAuth: %n ошибок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineLauncher</name>
    <message>
        <source>“%1” needs %2, which is not installed (looked for %3). Reinstall portalkeys-cli.</source>
        <translation>Для «%1» нужен %2, но он не установлен (искали %3). Переустановите portalkeys-cli.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Cannot load %1: %2. Reinstall portalkeys-cli.</source>
        <translation>Не удается загрузить %1: %2. Переустановите portalkeys-cli.</translation>
    </message>
</context>
<context>
    <name>PasswordSignIn</name>
    <message>
        <source>The portal asks for a two-factor code; give it with --tfa-code-env NAME or type it when asked.</source>
        <translation>Портал запрашивает код двухфакторной аутентификации; укажите его с помощью --tfa-code-env NAME или введите по запросу.</translation>
    </message>
    <message>
        <source>Two-factor code for %1 (from your authenticator app): </source>
        <translation>Код двухфакторной аутентификации для %1 (из приложения-аутентификатора): </translation>
    </message>
</context>
<context>
    <name>PkceCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>the code verifier</source>
        <translation>верификатор кода</translation>
    </message>
    <message>
        <source>Make a PKCE code verifier and challenge (S256), or the challenge of a verifier.</source>
        <translation>Создать верификатор кода PKCE и challenge (S256) или вычислить challenge для верификатора.</translation>
    </message>
    <message>
        <source>Without a verifier, prints a fresh code_verifier (32 random bytes, base64url) and its code_challenge, for trying an OAuth app&apos;s sign-in by hand. With a verifier, prints only its code_challenge (the verifier itself is not repeated). The method is always S256 (RFC 7636).</source>
        <translation>Без верификатора выводит новый code_verifier (32 случайных байта, base64url) и его code_challenge — для ручной проверки входа через приложение OAuth. С верификатором выводит только его code_challenge (сам верификатор не повторяется). Метод всегда S256 (RFC 7636).</translation>
    </message>
    <message>
        <source>pkce takes no plain arguments; give a verifier with --verifier-env NAME or --verifier-file PATH.</source>
        <translation>pkce не принимает обычных аргументов; укажите верификатор с помощью --verifier-env NAME или --verifier-file PATH.</translation>
    </message>
</context>
<context>
    <name>PortalAddCommand</name>
    <message>
        <source>the API key</source>
        <translation>ключ API</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>the access token</source>
        <translation>токен доступа</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>секрет клиента</translation>
    </message>
    <message>
        <source>The portal&apos;s address, e.g. https://portal.example.com (https is required except for this computer).</source>
        <translation>Адрес портала, например https://portal.example.com (https обязателен, кроме этого компьютера).</translation>
    </message>
    <message>
        <source>How to sign in: apikey, basic, token or oauth2.</source>
        <translation>Способ входа: apikey, basic, token или oauth2.</translation>
    </message>
    <message>
        <source>The e-mail address to sign in with (basic; token: sign in with the password and keep only the login token).</source>
        <translation>Адрес email для входа (basic; token: войти с паролем и сохранить только токен входа).</translation>
    </message>
    <message>
        <source>the API key, password, access token or client secret</source>
        <translation>ключ API, пароль, токен доступа или секрет клиента</translation>
    </message>
    <message>
        <source>oauth2: the client ID of the portal&apos;s OAuth app.</source>
        <translation>oauth2: ID клиента приложения OAuth портала.</translation>
    </message>
    <message>
        <source>oauth2: the scopes to ask for, separated by spaces (default: the app&apos;s scopes).</source>
        <translation>oauth2: запрашиваемые области действия через пробел (по умолчанию — области действия приложения).</translation>
    </message>
    <message>
        <source>oauth2: the OAuth server when it is not the portal itself.</source>
        <translation>oauth2: сервер OAuth, если это не сам портал.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint despite TLS errors.</source>
        <translation>Доверять сертификату с этим отпечатком SHA-256, несмотря на ошибки TLS.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for each answer (default %1).</source>
        <translation>Ждать каждого ответа не более SECONDS секунд (по умолчанию %1).</translation>
    </message>
    <message>
        <source>token with --user: read the two-factor code from the environment variable NAME (else it is asked for when the portal wants one).</source>
        <translation>token с --user: прочитать код двухфакторной аутентификации из переменной окружения NAME (иначе он запрашивается, если портал его требует).</translation>
    </message>
    <message>
        <source>Save a portal and keep its credentials in the keychain.</source>
        <translation>Сохранить портал и хранить его учетные данные в связке ключей.</translation>
    </message>
    <message>
        <source>Saves the portal under NAME and its secret in the keychain; the portal list itself holds no secret. The secret is read from an environment variable or a file (--secret-file - for standard input), never from the command line.</source>
        <translation>Сохраняет портал под именем NAME, а его секрет — в связке ключей; сам список порталов секретов не содержит. Секрет читается из переменной окружения или файла (--secret-file - для стандартного ввода), но никогда из командной строки.</translation>
    </message>
    <message>
        <source>The secret, by kind:</source>
        <translation>Секрет в зависимости от способа входа:</translation>
    </message>
    <message>
        <source>the API key (sk-…) from Developer Tools → API keys</source>
        <translation>ключ API (sk-…) из раздела «Инструменты разработчика» → «Ключи API»</translation>
    </message>
    <message>
        <source>the password of --user, sent with every request</source>
        <translation>пароль пользователя --user, передаваемый с каждым запросом</translation>
    </message>
    <message>
        <source>with --user, the password: PortalKeys signs in (asking for the two-factor code if needed) and keeps only the login token; without --user, a personal access token</source>
        <translation>с --user — пароль: PortalKeys выполняет вход (запрашивая код двухфакторной аутентификации, если нужно) и сохраняет только токен входа; без --user — персональный токен доступа</translation>
    </message>
    <message>
        <source>the client secret, if the app has one; then run “portalkeys-cli portal login NAME”</source>
        <translation>секрет клиента, если он есть у приложения; затем выполните «portalkeys-cli portal login NAME»</translation>
    </message>
    <message>
        <source>--%1 does not go with --auth %2.</source>
        <translation>--%1 не сочетается с --auth %2.</translation>
    </message>
    <message>
        <source>--tfa-code-env goes with --user: the code is for signing in with a password.</source>
        <translation>--tfa-code-env используется вместе с --user: код нужен для входа с паролем.</translation>
    </message>
    <message>
        <source>portal a NAME</source>
        <translation>NAME для портала</translation>
    </message>
    <message>
        <source>portal add: give --url URL and --auth apikey|basic|token|oauth2.</source>
        <translation>portal add: укажите --url URL и --auth apikey|basic|token|oauth2.</translation>
    </message>
    <message>
        <source>Unknown --auth “%1”: use apikey, basic, token or oauth2.</source>
        <translation>Неизвестное значение --auth «%1»: используйте apikey, basic, token или oauth2.</translation>
    </message>
    <message>
        <source>--oauth-server: %1</source>
        <translation>--oauth-server: %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout принимает число секунд.</translation>
    </message>
    <message>
        <source>There is already a portal named “%1”. Choose another name, or remove it first with “portalkeys-cli portal remove %2”.</source>
        <translation>Портал с именем «%1» уже существует. Выберите другое имя или сначала удалите его командой «portalkeys-cli portal remove %2».</translation>
    </message>
    <message>
        <source>%1 It is stored anyway.</source>
        <translation>%1 Он все равно сохранен.</translation>
    </message>
    <message>
        <source>Signed in as %1; the keychain keeps the login token (valid until %2), not the password.</source>
        <translation>Вход выполнен как %1; в связке ключей хранится токен входа (действителен до %2), а не пароль.</translation>
    </message>
    <message>
        <source>Signed in as %1; the keychain keeps the login token, not the password.</source>
        <translation>Вход выполнен как %1; в связке ключей хранится токен входа, а не пароль.</translation>
    </message>
    <message>
        <source>Added the portal “%1”: %2, %3.</source>
        <translation>Портал «%1» добавлен: %2, %3.</translation>
    </message>
    <message>
        <source>Next, sign in with the browser: portalkeys-cli portal login %1</source>
        <translation>Далее войдите через браузер: portalkeys-cli portal login %1</translation>
    </message>
    <message>
        <source>Check it with: portalkeys-cli portal test %1</source>
        <translation>Проверьте его командой: portalkeys-cli portal test %1</translation>
    </message>
</context>
<context>
    <name>PortalCommand</name>
    <message>
        <source>Save the portals you manage, with their credentials in the keychain, and test them.</source>
        <translation>Сохранять порталы, которыми вы управляете, с учетными данными в связке ключей и проверять их.</translation>
    </message>
    <message>
        <source>Credential kinds: apikey (an API key from Developer Tools), basic (e-mail and password), token (a login token from e-mail and password, or a pasted personal access token) and oauth2 (sign in with the browser to an OAuth app registered on the portal). The portal list holds no secret; secrets live only in the OS keychain.</source>
        <translation>Способы входа: apikey (ключ API из раздела «Инструменты разработчика»), basic (email и пароль), token (токен входа, полученный по email и паролю, или вставленный персональный токен доступа) и oauth2 (вход через браузер в приложение OAuth, зарегистрированное на портале). Список порталов не содержит секретов; секреты хранятся только в связке ключей ОС.</translation>
    </message>
</context>
<context>
    <name>PortalErrorReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PortalListCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>List the saved portals (never their secrets).</source>
        <translation>Показать сохраненные порталы (без их секретов).</translation>
    </message>
    <message>
        <source>Shows each saved portal&apos;s name, address, credential kind, e-mail or OAuth client ID, and whether a certificate is pinned. Secrets stay in the keychain and are never shown.</source>
        <translation>Показывает для каждого сохраненного портала имя, адрес, способ входа, email или ID клиента OAuth и закреплен ли сертификат. Секреты остаются в связке ключей и никогда не показываются.</translation>
    </message>
    <message>
        <source>No portals saved yet. Add one with: portalkeys-cli portal add NAME --url URL --auth apikey|basic|token|oauth2</source>
        <translation>Порталов пока нет. Добавьте портал командой: portalkeys-cli portal add NAME --url URL --auth apikey|basic|token|oauth2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>ВХОД</translation>
    </message>
    <message>
        <source>USER / CLIENT ID</source>
        <translation>ПОЛЬЗОВАТЕЛЬ / ID КЛИЕНТА</translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation>ЗАКРЕПЛЕН</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>PortalLoginCommand</name>
    <message>
        <source>the password (or, without an e-mail, the new access token)</source>
        <translation>пароль (или, без email, новый токен доступа)</translation>
    </message>
    <message>
        <source>token: read the two-factor code from the environment variable NAME (else it is asked for when the portal wants one).</source>
        <translation>token: прочитать код двухфакторной аутентификации из переменной окружения NAME (иначе он запрашивается, если портал его требует).</translation>
    </message>
    <message>
        <source>oauth2: only print the address to open, e.g. on a machine without a browser.</source>
        <translation>oauth2: только вывести адрес для открытия, например на машине без браузера.</translation>
    </message>
    <message>
        <source>oauth2: listen for the browser&apos;s redirect on this port of 127.0.0.1, for an app registered with a fixed redirect address (default: any free port).</source>
        <translation>oauth2: ожидать перенаправления браузера на этом порту 127.0.0.1 — для приложения, зарегистрированного с фиксированным адресом перенаправления (по умолчанию — любой свободный порт).</translation>
    </message>
    <message>
        <source>Sign in again: OAuth 2.0 with the browser, or a new login token.</source>
        <translation>Войти снова: OAuth 2.0 через браузер или новый токен входа.</translation>
    </message>
    <message>
        <source>oauth2: opens the portal&apos;s sign-in page in the browser (the address is also printed on standard error) and waits for it to come back to this computer; Ctrl+C stops waiting. The access and refresh tokens go to the keychain. token: signs in with the password of the portal&apos;s e-mail and keeps only the new login token; a portal added with a pasted token takes a new one. Then the connection is tested as with “portal test”.</source>
        <translation>oauth2: открывает страницу входа портала в браузере (адрес также выводится в стандартный поток ошибок) и ждет, пока браузер вернется на этот компьютер; Ctrl+C прекращает ожидание. Токены доступа и обновления сохраняются в связке ключей. token: выполняет вход с паролем от email портала и сохраняет только новый токен входа; портал, добавленный со вставленным токеном, получает новый токен. Затем подключение проверяется так же, как в «portal test».</translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation>NAME портала</translation>
    </message>
    <message>
        <source>“%1” sends its %2 with every request; there is nothing to sign in to. To change it, remove the portal and add it again.</source>
        <translation>«%1» передает свой %2 с каждым запросом; входить не нужно. Чтобы изменить его, удалите портал и добавьте его снова.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>ключ API</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>“%1” signs in with the browser; it takes no password or code here (its client secret, if any, was stored by “portal add”).</source>
        <translation>«%1» входит через браузер; пароль или код здесь не принимаются (секрет клиента, если он есть, был сохранен командой «portal add»).</translation>
    </message>
    <message>
        <source>--redirect-port takes a port number from 1 to 65535.</source>
        <translation>--redirect-port принимает номер порта от 1 до 65535.</translation>
    </message>
    <message>
        <source>--no-browser and --redirect-port are for oauth2 portals.</source>
        <translation>--no-browser и --redirect-port предназначены для порталов с oauth2.</translation>
    </message>
    <message>
        <source>“%1” uses a pasted access token; there is no two-factor step.</source>
        <translation>«%1» использует вставленный токен доступа; этапа двухфакторной аутентификации нет.</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>the new access token</source>
        <translation>новый токен доступа</translation>
    </message>
    <message>
        <source>Open this address in your browser: %1</source>
        <translation>Откройте этот адрес в браузере: %1</translation>
    </message>
    <message>
        <source>No browser could be started; open the address yourself.</source>
        <translation>Не удалось запустить браузер; откройте адрес самостоятельно.</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back (Ctrl+C to stop)…</source>
        <translation>Ожидание возврата браузера (Ctrl+C — прервать)…</translation>
    </message>
    <message>
        <source>The browser came back; getting the tokens…</source>
        <translation>Браузер вернулся; получение токенов…</translation>
    </message>
    <message>
        <source>Signed in; the tokens are in the keychain.</source>
        <translation>Вход выполнен; токены сохранены в связке ключей.</translation>
    </message>
    <message>
        <source>Signed in with the scopes %1; the tokens are in the keychain.</source>
        <translation>Вход выполнен с областями действия %1; токены сохранены в связке ключей.</translation>
    </message>
    <message>
        <source>The new login token is in the keychain.</source>
        <translation>Новый токен входа сохранен в связке ключей.</translation>
    </message>
</context>
<context>
    <name>PortalOptions</name>
    <message>
        <source>Use the saved portal NAME (see “portalkeys-cli portal list”).</source>
        <translation>Использовать сохраненный портал NAME (см. «portalkeys-cli portal list»).</translation>
    </message>
    <message>
        <source>Use the portal at URL without saving it; give its credentials with --api-key-env, --token-env, or --user and --password-env.</source>
        <translation>Использовать портал по адресу URL без сохранения; укажите его учетные данные с помощью --api-key-env, --token-env или --user и --password-env.</translation>
    </message>
    <message>
        <source>With --url: read the API key from the environment variable NAME.</source>
        <translation>С --url: прочитать ключ API из переменной окружения NAME.</translation>
    </message>
    <message>
        <source>With --url: read a login or personal access token from the environment variable NAME.</source>
        <translation>С --url: прочитать токен входа или персональный токен доступа из переменной окружения NAME.</translation>
    </message>
    <message>
        <source>With --url: sign in with this e-mail address and the password of --password-env (basic authentication).</source>
        <translation>С --url: войти с этим адресом email и паролем из --password-env (базовая аутентификация).</translation>
    </message>
    <message>
        <source>With --url and --user: read the password from the environment variable NAME.</source>
        <translation>С --url и --user: прочитать пароль из переменной окружения NAME.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint despite TLS errors, for this run.</source>
        <translation>Доверять сертификату с этим отпечатком SHA-256, несмотря на ошибки TLS, в рамках этого запуска.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for each answer (default: the portal&apos;s setting, or %1).</source>
        <translation>Ждать каждого ответа не более SECONDS секунд (по умолчанию — значение из настроек портала или %1).</translation>
    </message>
    <message>
        <source>Name the portal once: as an argument or with --portal, not both.</source>
        <translation>Укажите портал один раз: аргументом или с помощью --portal, но не обоими способами.</translation>
    </message>
    <message>
        <source>Give either a saved portal&apos;s name or --url, not both.</source>
        <translation>Укажите либо имя сохраненного портала, либо --url, но не оба.</translation>
    </message>
    <message>
        <source>Say which portal: --portal NAME for a saved one, or --url URL with its credentials.</source>
        <translation>Укажите портал: --portal NAME для сохраненного или --url URL с его учетными данными.</translation>
    </message>
    <message>
        <source>--%1 goes with --url; a saved portal&apos;s credentials are in the keychain.</source>
        <translation>--%1 используется вместе с --url; учетные данные сохраненного портала находятся в связке ключей.</translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation>Портала с именем «%1» нет. Выполните «portalkeys-cli portal list», чтобы увидеть порталы.</translation>
    </message>
    <message>
        <source>With --url, give the credentials: --api-key-env NAME, --token-env NAME, or --user EMAIL with --password-env NAME.</source>
        <translation>С --url укажите учетные данные: --api-key-env NAME, --token-env NAME или --user EMAIL с --password-env NAME.</translation>
    </message>
    <message>
        <source>With --url, give only one kind of credentials: --api-key-env, --token-env, or --user with --password-env.</source>
        <translation>С --url укажите учетные данные только одного типа: --api-key-env, --token-env или --user с --password-env.</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user и --password-env указываются вместе.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout принимает число секунд.</translation>
    </message>
    <message>
        <source>If this is the portal&apos;s certificate (compare the fingerprint with the one its administrator sees), run the command again with --pin-sha256 %1</source>
        <translation>Если это сертификат портала (сравните отпечаток с тем, который видит его администратор), выполните команду снова с --pin-sha256 %1</translation>
    </message>
    <message>
        <source>If this is the portal&apos;s certificate (compare the fingerprint with the one its administrator sees), trust it with:
  portalkeys-cli portal pin %1 --sha256 %2</source>
        <translation>Если это сертификат портала (сравните отпечаток с тем, который видит его администратор), доверьтесь ему командой:
  portalkeys-cli portal pin %1 --sha256 %2</translation>
    </message>
    <message>
        <source>Give either saved portals&apos; names or --url, not both.</source>
        <translation>Укажите либо имена сохраненных порталов, либо --url, но не то и другое.</translation>
    </message>
    <message>
        <source>--pin-sha256 is for one portal; pin each saved portal with “portalkeys-cli portal pin NAME --sha256 HEX”.</source>
        <translation>--pin-sha256 относится к одному порталу; закрепите сертификат каждого сохраненного портала командой «portalkeys-cli portal pin NAME --sha256 HEX».</translation>
    </message>
</context>
<context>
    <name>PortalPinCommand</name>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint, as “portalkeys-cli portal test” shows it.</source>
        <translation>Отпечаток SHA-256 сертификата в том виде, в каком его показывает «portalkeys-cli portal test».</translation>
    </message>
    <message>
        <source>Stop trusting a pinned certificate.</source>
        <translation>Перестать доверять закрепленному сертификату.</translation>
    </message>
    <message>
        <source>Trust (or stop trusting) a certificate that fails the TLS check, e.g. a self-signed one.</source>
        <translation>Доверять (или перестать доверять) сертификату, не прошедшему проверку TLS, например самоподписанному.</translation>
    </message>
    <message>
        <source>A portal with a self-signed or otherwise unverifiable certificate is refused until you pin its certificate: then exactly that certificate is accepted, and any other one still fails. Compare the fingerprint “portalkeys-cli portal test NAME” shows with the one the portal&apos;s administrator sees before pinning it. Colons between the pairs are allowed.</source>
        <translation>Портал с самоподписанным или иным непроверяемым сертификатом отклоняется, пока вы не закрепите его сертификат: после этого принимается ровно этот сертификат, а любой другой по-прежнему не проходит проверку. Перед закреплением сравните отпечаток, который показывает «portalkeys-cli portal test NAME», с тем, который видит администратор портала. Двоеточия между парами символов допускаются.</translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation>NAME портала</translation>
    </message>
    <message>
        <source>portal pin: give either --sha256 HEX or --clear.</source>
        <translation>portal pin: укажите либо --sha256 HEX, либо --clear.</translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation>Портала с именем «%1» нет. Выполните «portalkeys-cli portal list», чтобы увидеть порталы.</translation>
    </message>
    <message>
        <source>The portal “%1” was removed meanwhile; nothing was changed.</source>
        <translation>Тем временем портал «%1» был удален; ничего не изменено.</translation>
    </message>
    <message>
        <source>“%1” no longer trusts a pinned certificate; its certificate must pass the TLS check.</source>
        <translation>«%1» больше не доверяет закрепленному сертификату; его сертификат должен проходить проверку TLS.</translation>
    </message>
    <message>
        <source>“%1” now trusts the certificate %2 even where it fails the TLS check.</source>
        <translation>«%1» теперь доверяет сертификату %2, даже если он не проходит проверку TLS.</translation>
    </message>
    <message>
        <source>Check it with: portalkeys-cli portal test %1</source>
        <translation>Проверьте его командой: portalkeys-cli portal test %1</translation>
    </message>
</context>
<context>
    <name>PortalRemoveCommand</name>
    <message>
        <source>Forget a portal and remove its secrets from the keychain.</source>
        <translation>Забыть портал и удалить его секреты из связки ключей.</translation>
    </message>
    <message>
        <source>Removes every secret of the portal from the keychain, then the portal from the list. When the keychain cannot be reached the portal stays in the list, so that no secret is left behind without a way to remove it. Login tokens stay valid on the portal until they expire; sign out there to end them.</source>
        <translation>Удаляет все секреты портала из связки ключей, а затем сам портал из списка. Если связка ключей недоступна, портал остается в списке, чтобы не осталось секретов, которые нечем удалить. Токены входа остаются действительными на портале до истечения срока; чтобы их аннулировать, выйдите из системы на портале.</translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation>NAME портала</translation>
    </message>
    <message>
        <source>Removed the portal “%1” and its secrets.</source>
        <translation>Портал «%1» и его секреты удалены.</translation>
    </message>
</context>
<context>
    <name>PortalSubcommand</name>
    <message>
        <source>%1: takes no arguments. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: аргументы не принимаются. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: too many arguments (%2 given, at most %3); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: слишком много аргументов (указано %2, допустимо не более %3); они здесь не повторяются на случай, если один из них секрет. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: give the %2. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: укажите %2. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation>Портала с именем «%1» нет. Выполните «portalkeys-cli portal list», чтобы увидеть порталы.</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Портал: %1</translation>
    </message>
    <message>
        <source>Sign in with the browser: portalkeys-cli portal login %1</source>
        <translation>Войдите через браузер: portalkeys-cli portal login %1</translation>
    </message>
    <message>
        <source>Sign in again: portalkeys-cli portal login %1 --secret-env NAME (or --secret-file PATH)</source>
        <translation>Войдите снова: portalkeys-cli portal login %1 --secret-env NAME (или --secret-file PATH)</translation>
    </message>
</context>
<context>
    <name>PortalTestCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>Sign in to a portal and say as whom (checks the address, certificate and credentials).</source>
        <translation>Войти на портал и показать, от чьего имени (проверяет адрес, сертификат и учетные данные).</translation>
    </message>
    <message>
        <source>Asks the portal whether the credentials are accepted and who they belong to. Exits 0 when they are, 3 on a network or certificate problem (the certificate and the command to trust it are shown), 4 when the portal refuses the credentials, 5 when the keychain cannot be read.</source>
        <translation>Спрашивает у портала, принимаются ли учетные данные и кому они принадлежат. Код выхода 0 — если принимаются, 3 — при проблеме с сетью или сертификатом (показываются сертификат и команда, чтобы ему доверять), 4 — если портал отклоняет учетные данные, 5 — если не удается прочитать связку ключей.</translation>
    </message>
    <message>
        <source>NAME of a saved portal</source>
        <translation>NAME сохраненного портала</translation>
    </message>
</context>
<context>
    <name>PropertyInput</name>
    <message>
        <source>Set the key KEY to VALUE; only for keys that are not secrets (repeatable).</source>
        <translation>Задать ключу KEY значение VALUE; только для несекретных ключей (можно повторять).</translation>
    </message>
    <message>
        <source>Set the key KEY to the value of the environment variable NAME (repeatable).</source>
        <translation>Задать ключу KEY значение переменной окружения NAME (можно повторять).</translation>
    </message>
    <message>
        <source>Set the key KEY to the content of the file PATH, &quot;-&quot; for standard input; one trailing line break is dropped (repeatable).</source>
        <translation>Задать ключу KEY содержимое файла PATH, &quot;-&quot; — стандартный ввод; один завершающий перевод строки отбрасывается (можно повторять).</translation>
    </message>
    <message>
        <source>%1 takes KEY=%2, with the key&apos;s name before the “=”.</source>
        <translation>%1 принимает KEY=%2, с именем ключа перед «=».</translation>
    </message>
    <message>
        <source>%1 %2=…: give the %3 after the “=”.</source>
        <translation>%1 %2=…: укажите %3 после «=».</translation>
    </message>
    <message>
        <source>variable&apos;s name</source>
        <translation>имя переменной</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Standard input can give only one key; read the others from files or environment variables.</source>
        <translation>Из стандартного ввода можно передать только один ключ; остальные читайте из файлов или переменных окружения.</translation>
    </message>
    <message>
        <source>%1 has no key “%2”; its keys are %3.</source>
        <translation>У %1 нет ключа «%2»; его ключи: %3.</translation>
    </message>
    <message>
        <source>The key %1 is given twice; give each key once.</source>
        <translation>Ключ %1 указан дважды; указывайте каждый ключ один раз.</translation>
    </message>
    <message>
        <source>%1 is a secret, so it is not taken from --prop: the command line shows in `ps` and in the shell&apos;s history. Give it with --prop-env %1=NAME (an environment variable) or --prop-file %1=PATH (a file, or &quot;-&quot; for standard input).</source>
        <translation>%1 — секрет, поэтому он не принимается через --prop: командная строка видна в `ps` и в истории оболочки. Укажите его с помощью --prop-env %1=NAME (переменная окружения) или --prop-file %1=PATH (файл или &quot;-&quot; для стандартного ввода).</translation>
    </message>
    <message>
        <source>%1: the value is not UTF-8 text, which is what portals take.</source>
        <translation>%1: значение не является текстом UTF-8, а порталы принимают только его.</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Keep named secrets (e.g. a Document Server secret) in the keychain.</source>
        <translation>Хранить именованные секреты (например, секрет Document Server) в связке ключей.</translation>
    </message>
    <message>
        <source>Named secrets live only in the OS keychain (service “%1”); this command never prints a secret&apos;s value.</source>
        <translation>Именованные секреты хранятся только в связке ключей ОС (сервис «%1»); эта команда никогда не выводит значение секрета.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Подкоманды:</translation>
    </message>
    <message>
        <source>Check that the keychain works (writes, reads and removes a probe).</source>
        <translation>Проверить, работает ли связка ключей (записывает, читает и удаляет пробное значение).</translation>
    </message>
    <message>
        <source>Store a secret under NAME, replacing any previous one.</source>
        <translation>Сохранить секрет под именем NAME, заменив предыдущий, если он есть.</translation>
    </message>
    <message>
        <source>Exit 0 when a secret is stored under NAME, 1 when not.</source>
        <translation>Код выхода 0, если под именем NAME сохранен секрет, иначе 1.</translation>
    </message>
    <message>
        <source>Remove the secret stored under NAME (no error if none is).</source>
        <translation>Удалить секрет, сохраненный под именем NAME (без ошибки, если его нет).</translation>
    </message>
    <message>
        <source>secret: say what to do: status, store, exists or delete.</source>
        <translation>secret: укажите действие: status, store, exists или delete.</translation>
    </message>
    <message>
        <source>secret: unknown subcommand “%1”. Run “portalkeys-cli secret --help”.</source>
        <translation>secret: неизвестная подкоманда «%1». Выполните «portalkeys-cli secret --help».</translation>
    </message>
    <message>
        <source>secret %1: expected %2, got %3 arguments. Run “portalkeys-cli secret --help”.</source>
        <translation>secret %1: ожидается %2, получено аргументов: %3. Выполните «portalkeys-cli secret --help».</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>one NAME</source>
        <translation>один NAME</translation>
    </message>
    <message>
        <source>secret %1 takes no secret.</source>
        <translation>secret %1 не принимает секрет.</translation>
    </message>
    <message>
        <source>The keychain returned something else than what was stored in it.</source>
        <translation>Связка ключей вернула не то, что было в ней сохранено.</translation>
    </message>
    <message>
        <source>The keychain works: %1.</source>
        <translation>Связка ключей работает: %1.</translation>
    </message>
    <message>
        <source>Stored the secret “%1” in the keychain.</source>
        <translation>Секрет «%1» сохранен в связке ключей.</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation>Под именем «%1» секрет не сохранен.</translation>
    </message>
    <message>
        <source>A secret is stored under “%1”.</source>
        <translation>Под именем «%1» сохранен секрет.</translation>
    </message>
    <message>
        <source>No secret is stored under “%1” any more.</source>
        <translation>Под именем «%1» секрета больше нет.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Read %1 from the environment variable NAME.</source>
        <translation>Прочитать %1 из переменной окружения NAME.</translation>
    </message>
    <message>
        <source>Read %1 from the file PATH (&quot;-&quot; for standard input).</source>
        <translation>Прочитать %1 из файла PATH (&quot;-&quot; — стандартный ввод).</translation>
    </message>
    <message>
        <source>Give %1 either with %2 or with %3, not both.</source>
        <translation>Укажите %1 либо с %2, либо с %3, но не с обоими.</translation>
    </message>
    <message>
        <source>Give %1 with %2 NAME or %3 PATH; it is never taken as a plain argument.</source>
        <translation>Укажите %1 с помощью %2 NAME или %3 PATH; обычным аргументом это значение никогда не принимается.</translation>
    </message>
    <message>
        <source>The name of the environment variable is empty.</source>
        <translation>Имя переменной окружения пустое.</translation>
    </message>
    <message>
        <source>The environment variable “%1” is not set.</source>
        <translation>Переменная окружения «%1» не задана.</translation>
    </message>
    <message>
        <source>The environment variable “%1” is empty.</source>
        <translation>Переменная окружения «%1» пуста.</translation>
    </message>
    <message>
        <source>The name of the secret file is empty.</source>
        <translation>Имя файла секрета пустое.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» пуст.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>секрет</translation>
    </message>
</context>
<context>
    <name>ServiceReport</name>
    <message>
        <source>secret</source>
        <translation>секрет</translation>
    </message>
    <message>
        <source>multi-line</source>
        <translation>многострочный</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>одно из: %1</translation>
    </message>
    <message>
        <source>used only when %1 is %2</source>
        <translation>используется, только если %1 равно %2</translation>
    </message>
    <message>
        <source>Available in: %1</source>
        <translation>Доступно в: %1</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>URI перенаправления для регистрации у поставщика:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Шаги:</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Справка: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Ключи:</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>предупреждение: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>примечание: </translation>
    </message>
</context>
<context>
    <name>ServicesCatalogCommand</name>
    <message>
        <source>Show the services, titles and key labels of this portal version, e.g. 3.5.0 or 12.5.2 (as GET /api/2.0/settings reports it). Without it: the newest the catalog knows.</source>
        <translation>Показать сервисы, названия и подписи ключей для этой версии портала, например 3.5.0 или 12.5.2 (как ее сообщает GET /api/2.0/settings). Без параметра — для самой новой версии, известной каталогу.</translation>
    </message>
    <message>
        <source>Print everything the catalog knows as JSON, with the steps and redirect URIs.</source>
        <translation>Вывести все, что известно каталогу, в формате JSON, включая шаги и URI перенаправления.</translation>
    </message>
    <message>
        <source>List the third-party services PortalKeys knows for DocSpace or Workspace (offline).</source>
        <translation>Показать сторонние сервисы, известные PortalKeys для DocSpace или Workspace (офлайн).</translation>
    </message>
    <message>
        <source>Lists the services of the built-in catalog in the portal&apos;s order: name, title, what the service does (login, storage, sms, notifications, backup-storage, other), whether DocSpace cloud needs a paid plan for it, and its keys (secrets marked with *). --json adds the purpose, the redirect URI to register, the steps, the help link, the keys&apos; labels as the portal shows them and the key sets of older versions. Needs no portal.</source>
        <translation>Выводит сервисы встроенного каталога в порядке портала: имя, название, назначение сервиса (login, storage, sms, notifications, backup-storage, other), нужен ли для него платный тариф в облачном DocSpace и его ключи (секреты отмечены *). --json добавляет назначение, URI перенаправления для регистрации, шаги, ссылку на справку, подписи ключей в том виде, в каком их показывает портал, и наборы ключей старых версий. Портал не нужен.</translation>
    </message>
    <message>
        <source>The catalog describes DocSpace 3.7 and Workspace 12.6 and knows what older versions offered. With --portal-version it lists what a portal of that version shows: services added later are left out, and older titles and key sets are used; a version between two known ones gets the older one&apos;s. For a portal newer than the catalog it says that services and labels may differ.</source>
        <translation>Каталог описывает DocSpace 3.7 и Workspace 12.6 и знает, что предлагали более старые версии. С --portal-version выводится то, что показывает портал этой версии: сервисы, добавленные позже, опускаются, а используются старые названия и наборы ключей; для версии между двумя известными берутся данные более старой. Для портала новее каталога сообщается, что сервисы и подписи могут отличаться.</translation>
    </message>
    <message>
        <source>%1: --portal-version takes a version such as 3.7.2 or 12.6.0.1886, not &quot;%2&quot;.</source>
        <translation>%1: --portal-version принимает версию вида 3.7.2 или 12.6.0.1886, а не &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The built-in service catalog cannot be read: %1</source>
        <translation>Не удается прочитать встроенный каталог сервисов: %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>ТИПЫ</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>ПЛАТНО</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>КЛЮЧИ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n service</source>
        <translation>
            <numerusform>%1 %2: %n сервис</numerusform>
            <numerusform>%1 %2: %n сервиса</numerusform>
            <numerusform>%1 %2: %n сервисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n services</source>
        <translation>
            <numerusform>%1 %2: %n сервис</numerusform>
            <numerusform>%1 %2: %n сервиса</numerusform>
            <numerusform>%1 %2: %n сервисов</numerusform>
        </translation>
    </message>
    <message>
        <source>* a secret: give it with --prop-env or --prop-file, never on the command line.</source>
        <translation>* секрет: указывайте его с помощью --prop-env или --prop-file, но никогда в командной строке.</translation>
    </message>
</context>
<context>
    <name>ServicesCommand</name>
    <message>
        <source>Third-party authorization keys (Google, Dropbox, Twilio, S3, …) of a portal, or offline.</source>
        <translation>Ключи сторонних сервисов (Google, Dropbox, Twilio, S3, …) портала или офлайн.</translation>
    </message>
    <message>
        <source>Online subcommands take --portal NAME (a saved portal) or --url URL with credentials from environment variables, and need a portal admin. Secrets are never printed, only as •••• with their length, and never taken as plain arguments.</source>
        <translation>Онлайн-подкоманды принимают --portal NAME (сохраненный портал) или --url URL с учетными данными из переменных окружения, и для них нужен администратор портала. Секреты никогда не выводятся — только как •••• с указанием длины — и никогда не принимаются обычными аргументами.</translation>
    </message>
</context>
<context>
    <name>ServicesDiffCommand</name>
    <message>
        <source>Compare with the keys of the bundle FILE.</source>
        <translation>Сравнить с ключами из пакета FILE.</translation>
    </message>
    <message>
        <source>Compare with the offline drafts (DocSpace).</source>
        <translation>Сравнить с офлайн-черновиками (DocSpace).</translation>
    </message>
    <message>
        <source>Compare only these services (comma-separated).</source>
        <translation>Сравнить только эти сервисы (через запятую).</translation>
    </message>
    <message>
        <source>Show the values of keys that are not secrets (secrets are never shown).</source>
        <translation>Показать значения несекретных ключей (секреты никогда не показываются).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>Compare a portal&apos;s keys with another portal, a bundle or the offline drafts.</source>
        <translation>Сравнить ключи портала с другим порталом, пакетом или офлайн-черновиками.</translation>
    </message>
    <message>
        <source>Reads the authorization keys of portal A and compares them, service by service and key by key, with portal B, with the DocSpace drafts of a bundle, or with the offline drafts: same, differs, only here (on A) or only there. Keys without a value count as absent. Secret values are compared without being shown; the values of other keys only with --show-values. Portal A may also be given with --url and credentials from environment variables.</source>
        <translation>Читает ключи авторизации портала A и сравнивает их, сервис за сервисом и ключ за ключом, с порталом B, с черновиками DocSpace из пакета или с офлайн-черновиками: совпадает, различается, только здесь (на A) или только там. Ключи без значения считаются отсутствующими. Секретные значения сравниваются без отображения; значения остальных ключей показываются только с --show-values. Портал A также можно указать с помощью --url и учетных данных из переменных окружения.</translation>
    </message>
    <message>
        <source>Exits 0 when nothing differs and 1 when something does (for monitoring); 2 for a usage mistake or an unreadable bundle, 3 network, 4 credentials or permission, 5 keychain.</source>
        <translation>Код выхода 0, если различий нет, и 1, если они есть (для мониторинга); 2 — ошибка использования или нечитаемый пакет, 3 — сеть, 4 — учетные данные или права доступа, 5 — связка ключей.</translation>
    </message>
    <message>
        <source>%1: compare with exactly one of a second --portal NAME, --bundle FILE or --drafts.</source>
        <translation>%1: укажите для сравнения ровно одно из: второй --portal NAME, --bundle FILE или --drafts.</translation>
    </message>
    <message>
        <source>Neither side has keys for a service “%1”.</source>
        <translation>Ни у одной из сторон нет ключей для сервиса «%1».</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>пакет %1</translation>
    </message>
    <message>
        <source>Here: %1. There: %2.</source>
        <translation>Здесь: %1. Там: %2.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>СЕРВИС</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>HERE</source>
        <translation>ЗДЕСЬ</translation>
    </message>
    <message>
        <source>THERE</source>
        <translation>ТАМ</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(секрет)</translation>
    </message>
    <message>
        <source>No differences (keys compared: %1).</source>
        <translation>Различий нет (сравнено ключей: %1).</translation>
    </message>
    <message>
        <source>Keys that differ: %1 of %2.</source>
        <translation>Различающиеся ключи: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>ServicesDisableCommand</name>
    <message>
        <source>Show which keys would be cleared; send nothing.</source>
        <translation>Показать, какие ключи будут очищены; ничего не отправлять.</translation>
    </message>
    <message>
        <source>Switch the service off without asking (needed when standard input is not a terminal).</source>
        <translation>Отключить сервис без подтверждения (нужно, когда стандартный ввод — не терминал).</translation>
    </message>
    <message>
        <source>Switch a service off on a portal by clearing all of its keys.</source>
        <translation>Отключить сервис на портале, очистив все его ключи.</translation>
    </message>
    <message>
        <source>Shows the keys that will be cleared (secrets only as •••• with their length), asks to confirm (without a terminal give --yes), then saves every key of the service empty, which switches it off, and reads them back. A service that is already off is left alone.</source>
        <translation>Показывает ключи, которые будут очищены (секреты — только как •••• с указанием длины), запрашивает подтверждение (без терминала укажите --yes), затем сохраняет все ключи сервиса пустыми, что отключает его, и читает их повторно. Уже отключенный сервис не затрагивается.</translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation>NAME сервиса</translation>
    </message>
    <message>
        <source>%1 is already off on %2; nothing to do.</source>
        <translation>%1 уже отключен на %2; делать нечего.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3:</source>
        <translation>%1 (%2) на %3:</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Пробный запуск: ничего не отправлено.</translation>
    </message>
    <message>
        <source>Switch %1 off on %2?</source>
        <translation>Отключить %1 на %2?</translation>
    </message>
    <message>
        <source>%1 is off now; the portal confirmed that every key is empty.</source>
        <translation>%1 теперь отключен; портал подтвердил, что все ключи пусты.</translation>
    </message>
</context>
<context>
    <name>ServicesListCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>List a portal&apos;s third-party services: on, off or read-only (never their keys).</source>
        <translation>Показать сторонние сервисы портала: включенные, отключенные или только для чтения (без их ключей).</translation>
    </message>
    <message>
        <source>Asks the portal for its third-party authorization services and shows each one&apos;s name, title and state: on (keys set), off, or read-only (the installation fixed its keys), with a note for services that need a paid plan in DocSpace cloud and for services PortalKeys&apos; catalog does not know. Needs a portal admin.</source>
        <translation>Запрашивает у портала его сервисы сторонней авторизации и показывает для каждого имя, название и состояние: включен (ключи заданы), отключен или только для чтения (ключи зафиксированы установкой), с примечанием для сервисов, которым нужен платный тариф в облачном DocSpace, и для сервисов, неизвестных каталогу PortalKeys. Нужен администратор портала.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>ПРИМЕЧАНИЕ</translation>
    </message>
    <message>
        <source>paid plan in DocSpace cloud</source>
        <translation>платный тариф в облачном DocSpace</translation>
    </message>
    <message>
        <source>not in PortalKeys&apos; catalog</source>
        <translation>нет в каталоге PortalKeys</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service</source>
        <translation>
            <numerusform>%1: %n сервис</numerusform>
            <numerusform>%1: %n сервиса</numerusform>
            <numerusform>%1: %n сервисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n services</source>
        <translation>
            <numerusform>%1: %n сервис</numerusform>
            <numerusform>%1: %n сервиса</numerusform>
            <numerusform>%1: %n сервисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on</source>
        <translation>
            <numerusform>включено: %n</numerusform>
            <numerusform>включено: %n</numerusform>
            <numerusform>включено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesSetCommand</name>
    <message>
        <source>Store the keys in the service&apos;s offline draft (keychain) instead of a portal.</source>
        <translation>Сохранить ключи в офлайн-черновик сервиса (связка ключей), а не на портал.</translation>
    </message>
    <message>
        <source>Check the keys and show the changes; save nothing.</source>
        <translation>Проверить ключи и показать изменения; ничего не сохранять.</translation>
    </message>
    <message>
        <source>Save without asking (needed when standard input is not a terminal).</source>
        <translation>Сохранить без подтверждения (нужно, когда стандартный ввод — не терминал).</translation>
    </message>
    <message>
        <source>Save even when a key draws a warning (errors always stop the save).</source>
        <translation>Сохранить, даже если по ключу есть предупреждение (ошибки всегда останавливают сохранение).</translation>
    </message>
    <message>
        <source>Set keys of a service on a portal, or in its offline draft, after checking them.</source>
        <translation>Задать ключи сервиса на портале или в его офлайн-черновике после их проверки.</translation>
    </message>
    <message>
        <source>Changes the keys you give and keeps every other key as it is, so one key can be changed alone. Secrets (the keys “services show” marks as secret) are never taken from --prop, because the command line shows in `ps` and in the shell&apos;s history: give them with --prop-env KEY=NAME or --prop-file KEY=PATH (&quot;-&quot; for standard input).</source>
        <translation>Изменяет указанные ключи и сохраняет все остальные без изменений, поэтому можно изменить один ключ отдельно. Секреты (ключи, которые «services show» отмечает как секретные) никогда не принимаются из --prop, так как командная строка видна в `ps` и в истории оболочки: указывайте их с помощью --prop-env KEY=NAME или --prop-file KEY=PATH (&quot;-&quot; — стандартный ввод).</translation>
    </message>
    <message>
        <source>The keys are checked first with the catalog&apos;s rules: each finding goes to standard error as “key: message”; errors stop the command (exit 2) before anything is sent, warnings too unless --accept-warnings. Then the changes are shown, secrets only as •••• with their length, and you are asked to confirm; without a terminal give --yes. The portal&apos;s keys are read back after saving. Exit 1 when the portal refuses the keys (it tests some with the provider: “Bad keys”) or the plan lacks the service (402), 4 when the credentials lack the permission or the service is read-only.</source>
        <translation>Сначала ключи проверяются по правилам каталога: каждое замечание выводится в стандартный поток ошибок как «ключ: сообщение»; ошибки останавливают команду (код выхода 2) до какой-либо отправки, предупреждения — тоже, если не указан --accept-warnings. Затем показываются изменения, секреты — только как •••• с указанием длины, и запрашивается подтверждение; без терминала укажите --yes. После сохранения ключи портала читаются повторно. Код выхода 1 — если портал отклоняет ключи (некоторые он проверяет у поставщика: «Bad keys») или тариф не включает сервис (402), 4 — если у учетных данных нет нужных прав или сервис доступен только для чтения.</translation>
    </message>
    <message>
        <source>--offline stores the keys in the service&apos;s offline draft instead (values in the keychain, never in a file), without asking; carry drafts to portals with “portalkeys-cli bundle export” and “bundle apply”.</source>
        <translation>--offline вместо этого сохраняет ключи в офлайн-черновик сервиса (значения — в связке ключей, никогда в файле), без подтверждения; переносите черновики на порталы с помощью «portalkeys-cli bundle export» и «bundle apply».</translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation>NAME сервиса</translation>
    </message>
    <message>
        <source>Give the keys to set with --prop KEY=VALUE, --prop-env KEY=NAME or --prop-file KEY=PATH.</source>
        <translation>Укажите ключи для установки с помощью --prop KEY=VALUE, --prop-env KEY=NAME или --prop-file KEY=PATH.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --product goes with --offline; a portal says itself which services it has.</source>
        <translation>%1: --product используется вместе с --offline; портал сам сообщает, какие у него сервисы.</translation>
    </message>
    <message>
        <source>%1: --offline works without a portal; leave out --%2.</source>
        <translation>%1: --offline работает без портала; уберите --%2.</translation>
    </message>
    <message>
        <source>The %1 catalog has no service “%2”. Run “portalkeys-cli services catalog --product %3” to see them.</source>
        <translation>В каталоге %1 нет сервиса «%2». Выполните «portalkeys-cli services catalog --product %3», чтобы увидеть сервисы.</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the keys above first.</source>
        <translation>Ничего не сохранено: сначала исправьте указанные выше ключи.</translation>
    </message>
    <message>
        <source>Nothing was saved because of the warnings above. If the keys are right anyway, run the command again with --accept-warnings.</source>
        <translation>Ничего не сохранено из-за предупреждений выше. Если ключи все же верны, выполните команду снова с --accept-warnings.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3:</source>
        <translation>%1 (%2) на %3:</translation>
    </message>
    <message>
        <source>The portal already has these keys; nothing to save.</source>
        <translation>На портале уже эти ключи; сохранять нечего.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Пробный запуск: ничего не отправлено.</translation>
    </message>
    <message>
        <source>Save?</source>
        <translation>Сохранить?</translation>
    </message>
    <message>
        <source>Saved; %1 is off now, and the portal confirmed every key.</source>
        <translation>Сохранено; %1 теперь отключен, портал подтвердил все ключи.</translation>
    </message>
    <message>
        <source>Saved; the portal confirmed every key.</source>
        <translation>Сохранено; портал подтвердил все ключи.</translation>
    </message>
    <message>
        <source>Offline draft for %1 (%2), %3:</source>
        <translation>Офлайн-черновик для %1 (%2), %3:</translation>
    </message>
    <message>
        <source>New offline draft for %1 (%2), %3:</source>
        <translation>Новый офлайн-черновик для %1 (%2), %3:</translation>
    </message>
    <message>
        <source>The draft already has these keys; nothing to save.</source>
        <translation>В черновике уже эти ключи; сохранять нечего.</translation>
    </message>
    <message>
        <source>Dry run: the draft was not changed.</source>
        <translation>Пробный запуск: черновик не изменен.</translation>
    </message>
    <message>
        <source>Saved the offline draft for %1 (%2). Carry it to portals with “portalkeys-cli bundle export FILE --passphrase-env NAME” and “portalkeys-cli bundle apply”.</source>
        <translation>Офлайн-черновик для %1 (%2) сохранен. Переносите его на порталы с помощью «portalkeys-cli bundle export FILE --passphrase-env NAME» и «portalkeys-cli bundle apply».</translation>
    </message>
</context>
<context>
    <name>ServicesShowCommand</name>
    <message>
        <source>Show the catalog&apos;s entry without a portal, and the offline draft if there is one.</source>
        <translation>Показать запись каталога без портала, а также офлайн-черновик, если он есть.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <source>Show one service: what it is for, the redirect URI and steps to get its keys, and its keys.</source>
        <translation>Показать один сервис: для чего он, URI перенаправления и шаги получения ключей, а также его ключи.</translation>
    </message>
    <message>
        <source>Shows what the service is for, in which versions it exists, the redirect URI to register at the provider (and how Docker installations differ), the numbered steps, the provider&apos;s console, and each key: its label and name, whether it is a secret, and its current value. Values of secrets are never shown, only as •••• with their length. With a portal, also the service&apos;s state, why it is read-only and which plan it needs; with --offline, the catalog&apos;s entry and the offline draft of the service if there is one (made with “services set NAME --offline”).</source>
        <translation>Показывает, для чего нужен сервис, в каких версиях он есть, URI перенаправления для регистрации у поставщика (и чем отличаются установки Docker), пронумерованные шаги, консоль поставщика и каждый ключ: его подпись и имя, является ли он секретом и его текущее значение. Значения секретов никогда не показываются — только как •••• с указанием длины. С порталом — также состояние сервиса, почему он доступен только для чтения и какой тариф ему нужен; с --offline — запись каталога и офлайн-черновик сервиса, если он есть (созданный командой «services set NAME --offline»).</translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation>NAME сервиса</translation>
    </message>
    <message>
        <source>%1: --product goes with --offline; a portal says itself which services it has.</source>
        <translation>%1: --product используется вместе с --offline; портал сам сообщает, какие у него сервисы.</translation>
    </message>
    <message>
        <source>%1: --offline works without a portal; leave out --%2.</source>
        <translation>%1: --offline работает без портала; уберите --%2.</translation>
    </message>
    <message>
        <source>The %1 catalog has no service “%2”. Run “portalkeys-cli services catalog --product %3” to see them.</source>
        <translation>В каталоге %1 нет сервиса «%2». Выполните «portalkeys-cli services catalog --product %3», чтобы увидеть сервисы.</translation>
    </message>
    <message>
        <source>State on %1: %2</source>
        <translation>Состояние на %1: %2</translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not know this service; it is shown as the portal describes it, and keys that sound like secrets are treated as secrets.</source>
        <translation>Каталог PortalKeys не знает этот сервис; он показан так, как его описывает портал, а ключи, похожие на секреты, считаются секретами.</translation>
    </message>
    <message>
        <source>Offline draft %1, last changed %2 (UTC); its values are shown below.</source>
        <translation>Офлайн-черновик %1, последнее изменение %2 (UTC); его значения показаны ниже.</translation>
    </message>
    <message>
        <source>No offline draft yet; make one with: portalkeys-cli services set %1 --offline%2 --prop-env KEY=NAME …</source>
        <translation>Офлайн-черновика пока нет; создайте его командой: portalkeys-cli services set %1 --offline%2 --prop-env KEY=NAME …</translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1, stored with this draft before. Enter it again: portalkeys-cli services set %2 --offline --prop-env KEY=NAME …</source>
        <translation>Секрет отсутствует: в связке ключей больше нет значения %1, ранее сохраненного с этим черновиком. Введите его снова: portalkeys-cli services set %2 --offline --prop-env KEY=NAME …</translation>
    </message>
</context>
<context>
    <name>ServicesSubcommand</name>
    <message>
        <source>%1: takes no arguments. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: аргументы не принимаются. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: too many arguments (%2 given, at most %3); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: слишком много аргументов (указано %2, допустимо не более %3); они здесь не повторяются на случай, если один из них секрет. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>%1: give the %2. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: укажите %2. Выполните «portalkeys-cli %1 --help».</translation>
    </message>
    <message>
        <source>The product whose catalog to use: docspace (the default) or workspace (Workspace / Community Server).</source>
        <translation>Продукт, каталог которого используется: docspace (по умолчанию) или workspace (Workspace / Community Server).</translation>
    </message>
    <message>
        <source>%1: --product takes docspace or workspace.</source>
        <translation>%1: --product принимает docspace или workspace.</translation>
    </message>
    <message>
        <source>The portal %1 has no service “%2”. Run “portalkeys-cli services list” with the same portal options to see its services.</source>
        <translation>На портале %1 нет сервиса «%2». Выполните «portalkeys-cli services list» с теми же параметрами портала, чтобы увидеть его сервисы.</translation>
    </message>
    <message>
        <source>Nothing was saved: standard input is not a terminal, so nobody can confirm. Check the changes above and run the command again with --yes.</source>
        <translation>Ничего не сохранено: стандартный ввод — не терминал, поэтому подтвердить некому. Проверьте изменения выше и выполните команду снова с --yes.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Saved, but reading back the keys, the portal %1 reports other values for: %2. Check them with “portalkeys-cli services show”.</source>
        <translation>Сохранено, но при повторном чтении ключей портал %1 сообщает другие значения для: %2. Проверьте их командой «portalkeys-cli services show».</translation>
    </message>
</context>
<context>
    <name>Sha256Fingerprint</name>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons between the pairs are allowed), as “portalkeys-cli portal test” shows it.</source>
        <translation>Отпечаток SHA-256 — это 64 шестнадцатеричные цифры (двоеточия между парами допускаются), как его показывает «portalkeys-cli portal test».</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Не удается прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB.</source>
        <translation>«%1» больше %2 МиБ.</translation>
    </message>
</context>
</TS>
