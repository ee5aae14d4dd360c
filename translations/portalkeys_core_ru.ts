<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ApiKey</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>истек %1 назад</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
</context>
<context>
    <name>ApiKeyPermissions</name>
    <message>
        <source>The portal&apos;s list of API key permissions holds something other than names.</source>
        <translation>Список разрешений ключей API на портале содержит не только названия.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of API key permissions is empty.</source>
        <translation>Список разрешений ключей API на портале пуст.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Файлы и папки</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Комнаты</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: чтение</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: чтение и запись</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everything the key&apos;s owner may do.</source>
        <translation>Все, что может делать владелец ключа.</translation>
    </message>
    <message>
        <source>Read everything the key&apos;s owner may read, change nothing.</source>
        <translation>Чтение всего, что может читать владелец ключа, без изменений.</translation>
    </message>
    <message>
        <source>Change everything the key&apos;s owner may change.</source>
        <translation>Изменение всего, что может изменять владелец ключа.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Выберите хотя бы одно разрешение.</translation>
    </message>
    <message>
        <source>The portal does not know the permission(s) %1. It offers: %2.</source>
        <translation>Портал не знает разрешений %1. Доступные разрешения: %2.</translation>
    </message>
</context>
<context>
    <name>ApiKeyRefusal</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Повторите попытку через %n секунду.</numerusform>
            <numerusform>Повторите попытку через %n секунды.</numerusform>
            <numerusform>Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>The portal has had too many requests and refused this one for now. %1</source>
        <translation>Портал получил слишком много запросов и пока отклонил этот. %1</translation>
    </message>
    <message>
        <source>The portal refused the API key PortalKeys signs in with: its permissions do not cover this. Reading API keys needs “*:read” or “*:write”, changing them “*:write” (or a key with every permission).</source>
        <translation>Портал отклонил ключ API, с которым входит PortalKeys: его разрешений для этого недостаточно. Для чтения ключей API нужно разрешение «*:read» или «*:write», для их изменения — «*:write» (или ключ со всеми разрешениями).</translation>
    </message>
    <message>
        <source>The portal failed on the key %1 (HTTP 500). DocSpace answers so when it has no key with this ID: check the ID in the list of keys.</source>
        <translation>Ошибка портала при обработке ключа %1 (HTTP 500). DocSpace отвечает так, если ключа с таким ID нет: проверьте ID в списке ключей.</translation>
    </message>
    <message>
        <source>The portal allows only a few new API keys in a short time and refused this one. %1</source>
        <translation>Портал разрешает создавать лишь несколько новых ключей API за короткое время и отклонил этот. %1</translation>
    </message>
    <message>
        <source>Guests cannot create API keys: DocSpace offers developer tools to the portal&apos;s other users only. Ask a portal admin for a key.</source>
        <translation>Гости не могут создавать ключи API: DocSpace предоставляет инструменты разработчика только остальным пользователям портала. Попросите ключ у администратора портала.</translation>
    </message>
    <message>
        <source>This portal limits developer tools, API keys included, to its owner and admins (Developer Tools access in the portal&apos;s settings). Ask an admin to create the key, or to open developer tools to all users.</source>
        <translation>На этом портале инструменты разработчика, включая ключи API, доступны только владельцу и администраторам (доступ к инструментам разработчика в настройках портала). Попросите администратора создать ключ или открыть инструменты разработчика для всех пользователей.</translation>
    </message>
    <message>
        <source>The portal refused to create the key (“%1”). DocSpace refuses new keys to guests, and to everyone but the owner and admins when developer tools are limited to admins.</source>
        <translation>Портал отказался создать ключ («%1»). DocSpace не позволяет создавать новые ключи гостям, а если инструменты разработчика доступны только администраторам, — всем, кроме владельца и администраторов.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Доступ запрещен</translation>
    </message>
</context>
<context>
    <name>ApiKeysApi</name>
    <message>
        <source>The portal answered the change with something other than true or false.</source>
        <translation>Портал ответил на изменение чем-то, кроме true или false.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of API keys is not a list.</source>
        <translation>Список ключей API на портале не является списком.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of API key permissions is not a list.</source>
        <translation>Список разрешений ключей API на портале не является списком.</translation>
    </message>
    <message>
        <source>The portal answered the new key without its ID or its value. A key may have been made all the same: look at the list of keys and delete one you cannot use.</source>
        <translation>Портал вернул новый ключ без ID или без значения. Ключ мог быть все равно создан: проверьте список ключей и удалите тот, которым не сможете воспользоваться.</translation>
    </message>
    <message>
        <source>The portal did not change the key %1: it has expired, or it belongs to another user and only portal admins may change other users&apos; keys.</source>
        <translation>Портал не изменил ключ %1: срок его действия истек, или он принадлежит другому пользователю, а изменять ключи других пользователей могут только администраторы портала.</translation>
    </message>
    <message>
        <source>The portal did not delete the key %1: it belongs to another user, and only portal admins may delete other users&apos; keys.</source>
        <translation>Портал не удалил ключ %1: он принадлежит другому пользователю, а удалять ключи других пользователей могут только администраторы портала.</translation>
    </message>
    <message>
        <source>Only a call made with an API key has a key to show; this portal is signed in to another way.</source>
        <translation>Показать ключ можно только для запроса, выполненного с ключом API; на этот портал выполнен вход другим способом.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer names no API key.</source>
        <translation>В ответе портала не указан ключ API.</translation>
    </message>
    <message>
        <source>The API key does not look like a DocSpace key (“sk-” and 64 lowercase hexadecimal digits).</source>
        <translation>Ключ API не похож на ключ DocSpace («sk-» и 64 шестнадцатеричные цифры в нижнем регистре).</translation>
    </message>
</context>
<context>
    <name>AppDraftFolder</name>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>Не удается создать папку черновиков %1.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a draft.</source>
        <translation>«%1» не является именем черновика.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be deleted: %2</source>
        <translation>Не удается удалить файл черновика %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не удается прочитать: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an OAuth app draft.</source>
        <translation>%1 слишком велик для черновика приложения OAuth.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 не является корректным JSON: %2 (символ %3).</translation>
    </message>
    <message>
        <source>%1 does not hold an OAuth app: a draft is a JSON object.</source>
        <translation>%1 не содержит приложения OAuth: черновик должен быть объектом JSON.</translation>
    </message>
</context>
<context>
    <name>AppField</name>
    <message>
        <source>app name</source>
        <translation>название приложения</translation>
    </message>
    <message>
        <source>website URL</source>
        <translation>URL-адрес веб-сайта</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>иконка</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>redirect URLs</source>
        <translation>URL-адреса перенаправления</translation>
    </message>
    <message>
        <source>allowed origins</source>
        <translation>разрешенные источники</translation>
    </message>
    <message>
        <source>access scopes</source>
        <translation>области действия</translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation>URL-адрес политики конфиденциальности</translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation>URL-адрес условий использования</translation>
    </message>
    <message>
        <source>logout redirect URL</source>
        <translation>URL-адрес перенаправления после выхода</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Секрет клиента</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Условия использования</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Политика конфиденциальности</translation>
    </message>
    <message>
        <source>Sign-out redirect</source>
        <translation>Перенаправление после выхода</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI перенаправления</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Разрешенные источники</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Области действия</translation>
    </message>
    <message>
        <source>Public clients (PKCE)</source>
        <translation>Общедоступные клиенты (PKCE)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Иконка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>AppIcon</name>
    <message>
        <source>The icon has %1 bytes; the portal takes at most %2 bytes.</source>
        <translation>Размер иконки — %1 байт; портал принимает не более %2 байт.</translation>
    </message>
    <message>
        <source>The icon file is empty.</source>
        <translation>Файл иконки пуст.</translation>
    </message>
    <message>
        <source>The SVG image has %1 bytes; the portal takes at most %2 bytes, and SVG images are sent as they are. Simplify it, or use a PNG image, which is scaled.</source>
        <translation>Размер SVG-изображения — %1 байт; портал принимает не более %2 байт, а SVG-изображения отправляются как есть. Упростите его или используйте PNG-изображение: оно масштабируется.</translation>
    </message>
    <message>
        <source>This is a %1 image; the portal takes PNG, JPEG or SVG icons.</source>
        <translation>Это изображение %1; портал принимает иконки в форматах PNG, JPEG и SVG.</translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG or SVG image.</source>
        <translation>Это не изображение PNG, JPEG или SVG.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: it does not start with an image header (IHDR).</source>
        <translation>PNG-изображение повреждено: оно не начинается с заголовка изображения (IHDR).</translation>
    </message>
    <message>
        <source>The PNG image is damaged: its header says %1×%2 pixels.</source>
        <translation>PNG-изображение повреждено: в его заголовке указан размер %1×%2 пикселей.</translation>
    </message>
    <message>
        <source>The JPEG image is damaged: no frame header says its size.</source>
        <translation>JPEG-изображение повреждено: ни в одном заголовке кадра не указан его размер.</translation>
    </message>
    <message>
        <source>The JPEG image does not say its size in its frame header (%1×%2 pixels).</source>
        <translation>В заголовке кадра JPEG-изображения не указан его размер (%1×%2 пикселей).</translation>
    </message>
    <message>
        <source>The SVG image declares XML entities; remove its DOCTYPE.</source>
        <translation>В SVG-изображении объявлены сущности XML; удалите из него DOCTYPE.</translation>
    </message>
    <message>
        <source>This XML file is not an SVG image: its root element is &lt;%1&gt;.</source>
        <translation>Этот XML-файл не является SVG-изображением: его корневой элемент — &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The &lt;svg&gt; element lacks the SVG namespace (xmlns=&quot;http://www.w3.org/2000/svg&quot;), so browsers do not show it as an image.</source>
        <translation>У элемента &lt;svg&gt; нет пространства имен SVG (xmlns=&quot;http://www.w3.org/2000/svg&quot;), поэтому браузеры не показывают его как изображение.</translation>
    </message>
    <message>
        <source>The SVG image contains a &lt;script&gt; element; icons with scripts are refused.</source>
        <translation>SVG-изображение содержит элемент &lt;script&gt;; иконки со скриптами не принимаются.</translation>
    </message>
    <message>
        <source>The SVG image has an event handler (%1 on &lt;%2&gt;); icons with scripts are refused.</source>
        <translation>В SVG-изображении есть обработчик событий (%1 в &lt;%2&gt;); иконки со скриптами не принимаются.</translation>
    </message>
    <message>
        <source>The SVG image links to a javascript: address (on &lt;%1&gt;); icons with scripts are refused.</source>
        <translation>SVG-изображение ссылается на адрес javascript: (в &lt;%1&gt;); иконки со скриптами не принимаются.</translation>
    </message>
    <message>
        <source>This XML file is not an SVG image: it has no elements.</source>
        <translation>Этот XML-файл не является SVG-изображением: в нем нет элементов.</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation>SVG-изображение не является корректным XML: %1 (строка %2).</translation>
    </message>
    <message>
        <source>An icon is a data URI such as data:image/png;base64,….</source>
        <translation>Иконка задается как data URI, например data:image/png;base64,….</translation>
    </message>
    <message>
        <source>No icon.</source>
        <translation>Нет иконки.</translation>
    </message>
    <message>
        <source>The icon&apos;s data URI must be base64-encoded (“;base64,”).</source>
        <translation>Data URI иконки должен быть в кодировке base64 («;base64,»).</translation>
    </message>
    <message>
        <source>The icon&apos;s data URI says “%1”; the portal takes image/png, image/jpeg or image/svg+xml.</source>
        <translation>В data URI иконки указан тип «%1»; портал принимает image/png, image/jpeg и image/svg+xml.</translation>
    </message>
    <message>
        <source>The icon&apos;s base64 data is damaged or empty (line breaks and spaces are not allowed in it).</source>
        <translation>Данные base64 иконки повреждены или пусты (переносы строк и пробелы в них не допускаются).</translation>
    </message>
    <message>
        <source>The icon&apos;s data URI says %1, but the data is a %2 image.</source>
        <translation>В data URI иконки указан тип %1, но данные — изображение %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удается создать папку %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 не удается записать: %2</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The portal connection was closed.</source>
        <translation>Подключение к порталу закрыто.</translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail is not a list.</source>
        <translation>Журнал аудита портала не является списком.</translation>
    </message>
    <message>
        <source>The portal shows only its latest audit events: its plan does not include the full audit trail.</source>
        <translation>Портал показывает только последние события аудита: его тарифный план не включает полный журнал аудита.</translation>
    </message>
    <message>
        <source>Only the latest %1 audit events were read.</source>
        <translation>Прочитаны только последние события аудита (%1).</translation>
    </message>
    <message>
        <source>The portal&apos;s plan does not include the audit trail (402), so only the local history is shown.</source>
        <translation>Тарифный план портала не включает журнал аудита (402), поэтому показана только локальная история.</translation>
    </message>
    <message>
        <source>The portal lets only its owner and admins read the audit trail (403): this portal&apos;s credentials belong to another user or an API key without read permission, so only the local history is shown.</source>
        <translation>Читать журнал аудита на портале могут только его владелец и администраторы (403): учетные данные этого портала принадлежат другому пользователю или ключу API без разрешения на чтение, поэтому показана только локальная история.</translation>
    </message>
</context>
<context>
    <name>AuthServiceApi</name>
    <message>
        <source>The portal tested the keys of “%1” with the provider and they were refused (“Bad keys”). The portal has cleared this service&apos;s keys, so it is off now. Check the keys and save again.</source>
        <translation>Портал проверил ключи «%1» у поставщика, и они были отклонены («Bad keys»). Портал удалил ключи этого сервиса, поэтому сейчас он отключен. Проверьте ключи и сохраните их снова.</translation>
    </message>
    <message>
        <source>If you are a portal admin, the installation may have fixed this service&apos;s keys in its configuration (read-only).</source>
        <translation>Если вы администратор портала, возможно, ключи этого сервиса зафиксированы в конфигурации установки (только для чтения).</translation>
    </message>
    <message>
        <source>The keys were saved, but reading them back failed: %1</source>
        <translation>Ключи сохранены, но прочитать их обратно не удалось: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s list of authorization services is not a list.</source>
        <translation>Список сервисов авторизации на портале не является списком.</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>it contains “=” padding (at position %1), which JWS does not use</source>
        <translation>содержит заполнение «=» (в позиции %1), которое в JWS не используется</translation>
    </message>
    <message>
        <source>the character “%1” at position %2 belongs to standard base64, not base64url (which uses “-” and “_”)</source>
        <translation>символ «%1» в позиции %2 относится к стандартному base64, а не к base64url (в котором используются «-» и «_»)</translation>
    </message>
    <message>
        <source>the character “%1” at position %2 is not in the base64url alphabet (A–Z, a–z, 0–9, “-”, “_”)</source>
        <translation>символ «%1» в позиции %2 не входит в алфавит base64url (A–Z, a–z, 0–9, «-», «_»)</translation>
    </message>
    <message>
        <source>its length (%1 characters) is impossible for base64url: a character is missing or one too many</source>
        <translation>такая длина (%1 симв.) невозможна для base64url: одного символа не хватает или один лишний</translation>
    </message>
    <message>
        <source>it cannot be decoded</source>
        <translation>не удается декодировать</translation>
    </message>
    <message>
        <source>the last character “%1” sets bits that a canonical encoder leaves at zero</source>
        <translation>последний символ «%1» устанавливает биты, которые канонический кодировщик оставляет нулевыми</translation>
    </message>
</context>
<context>
    <name>BatchVerifier</name>
    <message>
        <source>The line is longer than %1 bytes, too long for a token.</source>
        <translation>Строка длиннее %1 байт — слишком длинная для токена.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text, so it holds no token.</source>
        <translation>Строка не является корректным текстом UTF-8, поэтому в ней нет токена.</translation>
    </message>
</context>
<context>
    <name>BoundedList</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>a few items of a list, then how many are not named</comment>
        <translation>
            <numerusform>%1 и еще %Ln</numerusform>
            <numerusform>%1 и еще %Ln</numerusform>
            <numerusform>%1 и еще %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle is damaged or incomplete: it was changed or cut short since it was written, so it cannot be opened.</source>
        <translation>Пакет поврежден или неполон: после записи он был изменен или обрезан, поэтому открыть его нельзя.</translation>
    </message>
    <message>
        <source>This file is not a PortalKeys bundle.</source>
        <translation>Этот файл не является пакетом PortalKeys.</translation>
    </message>
    <message>
        <source>The file is larger than 16 MiB. PortalKeys bundles are never that large, so it is not read.</source>
        <translation>Размер файла превышает 16 МиБ. Пакеты PortalKeys не бывают такими большими, поэтому файл не читается.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This file holds a “%1”, not a PortalKeys bundle.</source>
        <translation>Этот файл содержит «%1», а не пакет PortalKeys.</translation>
    </message>
    <message>
        <source>This file is encrypted for a certificate or a key, not with a passphrase, so it is not a PortalKeys bundle.</source>
        <translation>Этот файл зашифрован для сертификата или ключа, а не парольной фразой, поэтому он не является пакетом PortalKeys.</translation>
    </message>
    <message>
        <source>This file derives its key from the passphrase in a way PortalKeys does not support (only PBKDF2 with the RFC 3211 key wrap is), or that part is damaged.</source>
        <translation>Этот файл получает ключ из парольной фразы способом, который PortalKeys не поддерживает (поддерживается только PBKDF2 с упаковкой ключа по RFC 3211), или эта часть повреждена.</translation>
    </message>
    <message>
        <source>This file asks for %L1 PBKDF2 iterations, more than the %L2 PortalKeys accepts: it is damaged, or made to keep the computer busy. It is not opened.</source>
        <translation>Файл требует %L1 итераций PBKDF2 — больше, чем допускает PortalKeys (%L2): он поврежден или создан, чтобы загрузить компьютер работой. Файл не открыт.</translation>
    </message>
    <message>
        <source>The file opens with this passphrase, but it does not hold PortalKeys drafts.</source>
        <translation>Файл открывается с этой парольной фразой, но не содержит черновиков PortalKeys.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer PortalKeys (format %1); this version reads format %2. Update PortalKeys to open it.</source>
        <translation>Пакет записан более новой версией PortalKeys (формат %1); эта версия читает формат %2. Обновите PortalKeys, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The bundle has no valid format version.</source>
        <translation>У пакета нет корректной версии формата.</translation>
    </message>
    <message>
        <source>The bundle would be larger than 16 MiB. Export fewer drafts at once.</source>
        <translation>Пакет был бы больше 16 МиБ. Экспортируйте меньше черновиков за раз.</translation>
    </message>
    <message>
        <source>Only a PortalKeys bundle document can be encrypted as a bundle.</source>
        <translation>Зашифровать как пакет можно только документ пакета PortalKeys.</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the bundle (%1: %2).</source>
        <translation>OpenSSL не удалось зашифровать пакет (%1: %2).</translation>
    </message>
    <message>
        <source>Enter the passphrase of the bundle.</source>
        <translation>Введите парольную фразу пакета.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the part of the bundle that it unlocks was changed).</source>
        <translation>Неверная парольная фраза (или изменена часть пакета, которую она открывает).</translation>
    </message>
    <message>
        <source>This bundle protects its passphrase with only %L1 PBKDF2 iterations (PortalKeys uses %L2), so whoever has the file can try passphrases quickly. Import it and export the drafts again to a new bundle.</source>
        <translation>Этот пакет защищает свою парольную фразу всего %L1 итерациями PBKDF2 (PortalKeys использует %L2), поэтому любой, у кого есть файл, может быстро подбирать парольные фразы. Импортируйте его и снова экспортируйте черновики в новый пакет.</translation>
    </message>
    <message>
        <source>This bundle was made without an integrity check (%1 rather than AES-GCM): a change to the file would not be noticed. Check the keys it holds before you use them.</source>
        <translation>Этот пакет создан без проверки целостности (%1 вместо AES-GCM): изменение файла осталось бы незамеченным. Проверьте содержащиеся в нем ключи, прежде чем их использовать.</translation>
    </message>
</context>
<context>
    <name>BundleContent</name>
    <message>
        <source>Choose at least one draft to export.</source>
        <translation>Выберите хотя бы один черновик для экспорта.</translation>
    </message>
    <message>
        <source>A bundle can hold at most %1 drafts.</source>
        <translation>Пакет может содержать не более %1 черновиков.</translation>
    </message>
    <message>
        <source>The value of %1 in the draft for %2 is not text, so it cannot go into a bundle.</source>
        <translation>Значение %1 в черновике для %2 не является текстом, поэтому его нельзя поместить в пакет.</translation>
    </message>
    <message>
        <source>The bundle holds no drafts.</source>
        <translation>Пакет не содержит черновиков.</translation>
    </message>
    <message>
        <source>The bundle holds more than %1 drafts.</source>
        <translation>Пакет содержит более %1 черновиков.</translation>
    </message>
    <message>
        <source>Draft %1 of the bundle (%2) is for an unknown product “%3”.</source>
        <translation>Черновик %1 пакета (%2) относится к неизвестному продукту «%3».</translation>
    </message>
    <message>
        <source>Draft %1 of the bundle (%2) has a key without a name or with a value that is not text.</source>
        <translation>В черновике %1 пакета (%2) есть ключ без имени или со значением, которое не является текстом.</translation>
    </message>
    <message>
        <source>Draft %1 of the bundle cannot be used: %2</source>
        <translation>Черновик %1 пакета нельзя использовать: %2</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>Choose at least one draft to export.</source>
        <translation>Выберите хотя бы один черновик для экспорта.</translation>
    </message>
    <message>
        <source>There is no draft %1 to export.</source>
        <translation>Черновика %1 для экспорта нет.</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message numerus="yes">
        <source>%n draft was imported; the others were not: %1</source>
        <translation>
            <numerusform>Импортирован %n черновик; остальные — нет: %1</numerusform>
            <numerusform>Импортировано %n черновика; остальные — нет: %1</numerusform>
            <numerusform>Импортировано %n черновиков; остальные — нет: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts were imported; the others were not: %1</source>
        <translation>
            <numerusform>Импортирован %n черновик; остальные — нет: %1</numerusform>
            <numerusform>Импортировано %n черновика; остальные — нет: %1</numerusform>
            <numerusform>Импортировано %n черновиков; остальные — нет: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>ONLYOFFICE DocSpace</source>
        <comment>title</comment>
        <translation>ONLYOFFICE DocSpace</translation>
    </message>
    <message>
        <source>Portals installed with Docker take this address from the OAUTH_REDIRECT_URL environment variable: when it is set, register its value instead.</source>
        <comment>redirectNote</comment>
        <translation>Порталы, установленные с помощью Docker, берут этот адрес из переменной окружения OAUTH_REDIRECT_URL: если она задана, зарегистрируйте вместо него ее значение.</translation>
    </message>
    <message>
        <source>DropBox</source>
        <comment>title</comment>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>Lets users connect their Dropbox folders to the portal&apos;s rooms and documents.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям подключать свои папки Dropbox к комнатам и документам портала.</translation>
    </message>
    <message>
        <source>Sign in to the Dropbox App Console and click Create app.</source>
        <comment>instructions</comment>
        <translation>Войдите в Dropbox App Console и нажмите Create app.</translation>
    </message>
    <message>
        <source>Choose Scoped access and the Full Dropbox access type, then give the app a name your users will recognise.</source>
        <comment>instructions</comment>
        <translation>Выберите Scoped access и тип доступа Full Dropbox, затем дайте приложению имя, которое узнают ваши пользователи.</translation>
    </message>
    <message>
        <source>On the Permissions tab, tick files.metadata.read, files.metadata.write, files.content.read and files.content.write, and click Submit.</source>
        <comment>instructions</comment>
        <translation>На вкладке Permissions отметьте files.metadata.read, files.metadata.write, files.content.read и files.content.write и нажмите Submit.</translation>
    </message>
    <message>
        <source>On the Settings tab, add {redirectUri} under OAuth 2 → Redirect URIs.</source>
        <comment>instructions</comment>
        <translation>На вкладке Settings добавьте {redirectUri} в разделе OAuth 2 → Redirect URIs.</translation>
    </message>
    <message>
        <source>Still on the Settings tab, copy the App key into “dropboxClientId” and the App secret (click Show) into “dropboxClientSecret”.</source>
        <comment>instructions</comment>
        <translation>Там же, на вкладке Settings, скопируйте App key в «dropboxClientId», а App secret (нажмите Show) — в «dropboxClientSecret».</translation>
    </message>
    <message>
        <source>Box</source>
        <comment>title</comment>
        <translation>Box</translation>
    </message>
    <message>
        <source>Lets users connect their Box folders to the portal&apos;s rooms and documents.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям подключать свои папки Box к комнатам и документам портала.</translation>
    </message>
    <message>
        <source>Open the Box Developer Console and create a new platform app of the Custom App type.</source>
        <comment>instructions</comment>
        <translation>Откройте Box Developer Console и создайте новое платформенное приложение типа Custom App.</translation>
    </message>
    <message>
        <source>Choose User Authentication (OAuth 2.0) as the authentication method and name the app.</source>
        <comment>instructions</comment>
        <translation>В качестве метода аутентификации выберите User Authentication (OAuth 2.0) и задайте имя приложения.</translation>
    </message>
    <message>
        <source>On the Configuration tab, set the OAuth 2.0 Redirect URI to {redirectUri}.</source>
        <comment>instructions</comment>
        <translation>На вкладке Configuration укажите {redirectUri} в поле OAuth 2.0 Redirect URI.</translation>
    </message>
    <message>
        <source>Under Application Scopes, allow the app to read and write all files and folders stored in Box, then save the changes.</source>
        <comment>instructions</comment>
        <translation>В разделе Application Scopes разрешите приложению читать и записывать все файлы и папки, хранящиеся в Box, затем сохраните изменения.</translation>
    </message>
    <message>
        <source>Copy the Client ID into “Box ID” and the Client Secret into “Box Key”.</source>
        <comment>instructions</comment>
        <translation>Скопируйте Client ID в «Box ID», а Client Secret — в «Ключ Box».</translation>
    </message>
    <message>
        <source>Box ID</source>
        <comment>label</comment>
        <translation>Box ID</translation>
    </message>
    <message>
        <source>Box Key</source>
        <comment>label</comment>
        <translation>Ключ Box</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <comment>title</comment>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>Lets users connect their OneDrive and SharePoint files to the portal.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям подключать свои файлы OneDrive и SharePoint к порталу.</translation>
    </message>
    <message>
        <source>In the Azure portal, open App registrations and click New registration.</source>
        <comment>instructions</comment>
        <translation>На портале Azure откройте App registrations и нажмите New registration.</translation>
    </message>
    <message>
        <source>Name the app and, under Supported account types, pick the option that includes personal Microsoft accounts, because OneDrive users sign in with either kind of account.</source>
        <comment>instructions</comment>
        <translation>Задайте имя приложения и в разделе Supported account types выберите вариант, включающий личные учетные записи Microsoft, поскольку пользователи OneDrive входят с учетными записями обоих типов.</translation>
    </message>
    <message>
        <source>Under Redirect URI, select the Web platform, enter {redirectUri} and click Register.</source>
        <comment>instructions</comment>
        <translation>В разделе Redirect URI выберите платформу Web, введите {redirectUri} и нажмите Register.</translation>
    </message>
    <message>
        <source>On the app&apos;s Overview page, copy the Application (client) ID into “Application ID”.</source>
        <comment>instructions</comment>
        <translation>На странице Overview приложения скопируйте Application (client) ID в «ID приложения».</translation>
    </message>
    <message>
        <source>Open Certificates &amp; secrets, add a client secret and copy its Value (not the Secret ID) into “Client secret” at once: Azure shows it only this one time. Write down its expiry date, since the connection stops working when the secret expires.</source>
        <comment>instructions</comment>
        <translation>Откройте Certificates &amp; secrets, добавьте секрет клиента и сразу скопируйте его значение Value (не Secret ID) в «Секрет клиента»: Azure показывает его только один раз. Запишите дату окончания его срока действия: когда срок действия секрета истечет, подключение перестанет работать.</translation>
    </message>
    <message>
        <source>Application ID</source>
        <comment>label</comment>
        <translation>ID приложения</translation>
    </message>
    <message>
        <source>Client secret</source>
        <comment>label</comment>
        <translation>Секрет клиента</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <comment>title</comment>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with a Microsoft work, school or personal account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал с рабочей, учебной или личной учетной записью Microsoft.</translation>
    </message>
    <message>
        <source>Name the app and, under Supported account types, choose whose Microsoft accounts may sign in: only your organisation, any organisation, or also personal accounts.</source>
        <comment>instructions</comment>
        <translation>Задайте имя приложения и в разделе Supported account types выберите, чьи учетные записи Microsoft могут использоваться для входа: только вашей организации, любой организации или также личные учетные записи.</translation>
    </message>
    <message>
        <source>On the app&apos;s Overview page, copy the Application (client) ID into “Application Client ID”.</source>
        <comment>instructions</comment>
        <translation>На странице Overview приложения скопируйте Application (client) ID в «ID клиента приложения».</translation>
    </message>
    <message>
        <source>Open Certificates &amp; secrets, add a client secret and copy its Value (not the Secret ID) into “Client Secret” straight away, as Azure never shows it again. Renew it before the expiry date you chose.</source>
        <comment>instructions</comment>
        <translation>Откройте Certificates &amp; secrets, добавьте секрет клиента и сразу скопируйте его значение Value (не Secret ID) в «Секрет клиента», так как Azure больше никогда его не покажет. Обновите секрет до выбранной даты окончания срока действия.</translation>
    </message>
    <message>
        <source>Application Client ID</source>
        <comment>label</comment>
        <translation>ID клиента приложения</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <comment>label</comment>
        <translation>Секрет клиента</translation>
    </message>
    <message>
        <source>Google</source>
        <comment>title</comment>
        <translation>Google</translation>
    </message>
    <message>
        <source>Lets users sign in with a Google account and connect Google Drive to the portal.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить с учетной записью Google и подключать Google Drive к порталу.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, select the project to use or create a new one.</source>
        <comment>instructions</comment>
        <translation>В консоли Google Cloud выберите проект, который хотите использовать, или создайте новый.</translation>
    </message>
    <message>
        <source>Open APIs &amp; Services → Library and enable the Google Drive API, which the portal needs to connect Google Drive as storage.</source>
        <comment>instructions</comment>
        <translation>Откройте APIs &amp; Services → Library и включите Google Drive API: он нужен порталу, чтобы подключать Google Drive в качестве хранилища.</translation>
    </message>
    <message>
        <source>Set up the OAuth consent screen with the app name, a support e-mail address and your domain; publish it once it is ready so that every user can sign in.</source>
        <comment>instructions</comment>
        <translation>Настройте экран согласия OAuth (OAuth consent screen): укажите название приложения, адрес эл. почты службы поддержки и ваш домен; когда все будет готово, опубликуйте его, чтобы входить могли все пользователи.</translation>
    </message>
    <message>
        <source>Go to APIs &amp; Services → Credentials, choose Create credentials → OAuth client ID and select Web application as the type.</source>
        <comment>instructions</comment>
        <translation>Перейдите в APIs &amp; Services → Credentials, выберите Create credentials → OAuth client ID и укажите тип Web application.</translation>
    </message>
    <message>
        <source>Add {redirectUri} under Authorized redirect URIs and click Create.</source>
        <comment>instructions</comment>
        <translation>Добавьте {redirectUri} в Authorized redirect URIs и нажмите Create.</translation>
    </message>
    <message>
        <source>Copy the Client ID (it ends in .apps.googleusercontent.com) into “Google ID” and the Client secret into “Google Key”.</source>
        <comment>instructions</comment>
        <translation>Скопируйте Client ID (он заканчивается на .apps.googleusercontent.com) в «Google ID», а Client secret — в «Ключ Google».</translation>
    </message>
    <message>
        <source>Google ID</source>
        <comment>label</comment>
        <translation>Google ID</translation>
    </message>
    <message>
        <source>Google Key</source>
        <comment>label</comment>
        <translation>Ключ Google</translation>
    </message>
    <message>
        <source>Facebook</source>
        <comment>title</comment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Facebook account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своей учетной записью Facebook.</translation>
    </message>
    <message>
        <source>On Meta for Developers, open My Apps and create an app whose use case is signing people in with Facebook Login.</source>
        <comment>instructions</comment>
        <translation>На сайте Meta for Developers откройте My Apps и создайте приложение, сценарий использования которого — вход пользователей через Facebook Login.</translation>
    </message>
    <message>
        <source>In the Facebook Login settings, add {redirectUri} to Valid OAuth Redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation>В настройках Facebook Login добавьте {redirectUri} в Valid OAuth Redirect URIs и сохраните изменения.</translation>
    </message>
    <message>
        <source>Under App settings → Basic, fill in the privacy policy address, the app icon and the category that Meta asks for.</source>
        <comment>instructions</comment>
        <translation>В разделе App settings → Basic укажите адрес политики конфиденциальности, иконку приложения и категорию, которые запрашивает Meta.</translation>
    </message>
    <message>
        <source>On the same page, copy the App ID into “Facebook ID” and the App secret (click Show) into “Facebook Key”.</source>
        <comment>instructions</comment>
        <translation>На той же странице скопируйте App ID в «Facebook ID», а App secret (нажмите Show) — в «Ключ Facebook».</translation>
    </message>
    <message>
        <source>Switch the app from Development to Live mode so that people outside your developer team can sign in.</source>
        <comment>instructions</comment>
        <translation>Переключите приложение из режима Development в режим Live, чтобы входить могли не только участники вашей команды разработчиков.</translation>
    </message>
    <message>
        <source>Facebook ID</source>
        <comment>label</comment>
        <translation>Facebook ID</translation>
    </message>
    <message>
        <source>Facebook Key</source>
        <comment>label</comment>
        <translation>Ключ Facebook</translation>
    </message>
    <message>
        <source>X</source>
        <comment>title</comment>
        <translation>X</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their X (formerly Twitter) account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своей учетной записью X (бывший Twitter).</translation>
    </message>
    <message>
        <source>Sign in to the X Developer Portal and open your project&apos;s app; create one if the project has none.</source>
        <comment>instructions</comment>
        <translation>Войдите в X Developer Portal и откройте приложение своего проекта; если в проекте его нет, создайте его.</translation>
    </message>
    <message>
        <source>Under User authentication settings, click Set up, choose Web App as the app type and keep at least the Read permission.</source>
        <comment>instructions</comment>
        <translation>В разделе User authentication settings нажмите Set up, выберите тип приложения Web App и оставьте как минимум разрешение Read.</translation>
    </message>
    <message>
        <source>Enter {redirectUri} as the Callback URI / Redirect URL, add your website address and save.</source>
        <comment>instructions</comment>
        <translation>Введите {redirectUri} в качестве Callback URI / Redirect URL, добавьте адрес своего веб-сайта и сохраните изменения.</translation>
    </message>
    <message>
        <source>Open the Keys and tokens tab and generate (or regenerate) the API Key and Secret under Consumer Keys.</source>
        <comment>instructions</comment>
        <translation>Откройте вкладку Keys and tokens и сгенерируйте (или сгенерируйте заново) API Key и Secret в разделе Consumer Keys.</translation>
    </message>
    <message>
        <source>Copy the API Key into “API Key” and the API Key Secret into “API Key Secret”; X shows the secret only once.</source>
        <comment>instructions</comment>
        <translation>Скопируйте API Key в «API Key», а API Key Secret — в «API Key Secret»; X показывает секрет только один раз.</translation>
    </message>
    <message>
        <source>API Key</source>
        <comment>label</comment>
        <translation>API Key</translation>
    </message>
    <message>
        <source>API Key Secret</source>
        <comment>label</comment>
        <translation>API Key Secret</translation>
    </message>
    <message>
        <source>Listed as Twitter</source>
        <comment>generation</comment>
        <translation>В списке как Twitter</translation>
    </message>
    <message>
        <source>DocSpace before 3.6</source>
        <comment>versions</comment>
        <translation>DocSpace до версии 3.6</translation>
    </message>
    <message>
        <source>Twitter</source>
        <comment>serviceTitle</comment>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Before 3.6 the portal listed this service as Twitter instead of X; it asked for the same two keys under the same labels.</source>
        <comment>note</comment>
        <translation>До версии 3.6 портал называл этот сервис Twitter, а не X; он запрашивал те же два ключа с теми же подписями.</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <comment>title</comment>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their LinkedIn account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своей учетной записью LinkedIn.</translation>
    </message>
    <message>
        <source>On LinkedIn Developers, click Create app, link it to your organisation&apos;s LinkedIn page and add a logo.</source>
        <comment>instructions</comment>
        <translation>На сайте LinkedIn Developers нажмите Create app, свяжите приложение со страницей вашей организации в LinkedIn и добавьте логотип.</translation>
    </message>
    <message>
        <source>On the Products tab, request access to Sign In with LinkedIn using OpenID Connect.</source>
        <comment>instructions</comment>
        <translation>На вкладке Products запросите доступ к Sign In with LinkedIn using OpenID Connect.</translation>
    </message>
    <message>
        <source>On the Auth tab, add {redirectUri} under Authorized redirect URLs for your app and save.</source>
        <comment>instructions</comment>
        <translation>На вкладке Auth добавьте {redirectUri} в Authorized redirect URLs for your app и сохраните изменения.</translation>
    </message>
    <message>
        <source>On the same tab, copy the Client ID into “Linkedin ID” and the Primary Client Secret into “Linkedin Key”.</source>
        <comment>instructions</comment>
        <translation>На той же вкладке скопируйте Client ID в «Linkedin ID», а Primary Client Secret — в «Ключ Linkedin».</translation>
    </message>
    <message>
        <source>Linkedin ID</source>
        <comment>label</comment>
        <translation>Linkedin ID</translation>
    </message>
    <message>
        <source>Linkedin Key</source>
        <comment>label</comment>
        <translation>Ключ Linkedin</translation>
    </message>
    <message>
        <source>Twilio</source>
        <comment>title</comment>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Sends the text messages of two-factor sign-in through your Twilio account.</source>
        <comment>purpose</comment>
        <translation>Отправляет SMS-сообщения для двухфакторного входа через вашу учетную запись Twilio.</translation>
    </message>
    <message>
        <source>Sign in to the Twilio Console; upgrade a trial account first, because trial accounts deliver messages only to numbers you have verified.</source>
        <comment>instructions</comment>
        <translation>Войдите в Twilio Console; пробную учетную запись сначала переведите на платный тариф (upgrade), поскольку пробные учетные записи доставляют сообщения только на подтвержденные вами номера.</translation>
    </message>
    <message>
        <source>In the Account Info panel of the dashboard, copy the Account SID (it starts with AC) into “Account Sid”.</source>
        <comment>instructions</comment>
        <translation>На панели Account Info главной страницы консоли скопируйте Account SID (он начинается с AC) в «Account Sid».</translation>
    </message>
    <message>
        <source>In the same panel, reveal the Auth Token and copy it into “Auth Token”.</source>
        <comment>instructions</comment>
        <translation>На той же панели откройте Auth Token и скопируйте его в «Auth Token».</translation>
    </message>
    <message>
        <source>Under Phone Numbers → Manage → Active numbers, buy or pick a number that can send SMS and enter it in international format, such as +15551234567, into “Phone number from Twilio (required for SMS authorization)”.</source>
        <comment>instructions</comment>
        <translation>В разделе Phone Numbers → Manage → Active numbers купите или выберите номер, с которого можно отправлять SMS, и введите его в международном формате, например +15551234567, в «Номер телефона из Twilio (требуется для SMS-авторизации)».</translation>
    </message>
    <message>
        <source>DocSpace tests these keys when they are saved by asking Twilio for the account&apos;s numbers; when the test fails it clears the keys and answers Bad keys.</source>
        <comment>note</comment>
        <translation>DocSpace проверяет эти ключи при сохранении, запрашивая у Twilio номера учетной записи; если проверка не проходит, портал очищает ключи и отвечает «Bad keys».</translation>
    </message>
    <message>
        <source>Account Sid</source>
        <comment>label</comment>
        <translation>Account Sid</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <comment>label</comment>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Phone number from Twilio (required for SMS authorization)</source>
        <comment>label</comment>
        <translation>Номер телефона из Twilio (требуется для SMS-авторизации)</translation>
    </message>
    <message>
        <source>Firebase</source>
        <comment>title</comment>
        <translation>Firebase</translation>
    </message>
    <message>
        <source>Delivers push notifications from the portal to the ONLYOFFICE mobile and desktop apps.</source>
        <comment>purpose</comment>
        <translation>Доставляет push-уведомления с портала в мобильные и десктопные приложения ONLYOFFICE.</translation>
    </message>
    <message>
        <source>In the Firebase console, add a project or open the one you already use.</source>
        <comment>instructions</comment>
        <translation>В консоли Firebase добавьте проект или откройте тот, который уже используете.</translation>
    </message>
    <message>
        <source>Open Project settings → General; register a web app if the project has none, then copy the Web API key into “Web API key” and the Project ID into “Project ID”.</source>
        <comment>instructions</comment>
        <translation>Откройте Project settings → General; если в проекте нет веб-приложения, зарегистрируйте его, затем скопируйте Web API key в «Ключ API для веб-приложения», а Project ID — в «Идентификатор проекта».</translation>
    </message>
    <message>
        <source>Open the Cloud Messaging tab and copy the Sender ID into “Sender ID”.</source>
        <comment>instructions</comment>
        <translation>Откройте вкладку Cloud Messaging и скопируйте Sender ID в «Идентификатор отправителя».</translation>
    </message>
    <message>
        <source>On the same tab, copy the Server key into “Server key”. It appears only while the legacy Cloud Messaging API is enabled for the project; Google is retiring that API, so expect to replace this key in the future.</source>
        <comment>instructions</comment>
        <translation>На той же вкладке скопируйте Server key в «Ключ сервера». Он отображается, только пока для проекта включен устаревший Cloud Messaging API; Google выводит этот API из эксплуатации, поэтому в будущем этот ключ, скорее всего, придется заменить.</translation>
    </message>
    <message>
        <source>Web API key</source>
        <comment>label</comment>
        <translation>Ключ API для веб-приложения</translation>
    </message>
    <message>
        <source>Project ID</source>
        <comment>label</comment>
        <translation>Идентификатор проекта</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <comment>label</comment>
        <translation>Идентификатор отправителя</translation>
    </message>
    <message>
        <source>Server key</source>
        <comment>label</comment>
        <translation>Ключ сервера</translation>
    </message>
    <message>
        <source>Apple ID</source>
        <comment>title</comment>
        <translation>Apple ID</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Apple Account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своим аккаунтом Apple.</translation>
    </message>
    <message>
        <source>Sign in to Apple Developer and open Certificates, Identifiers &amp; Profiles; copy the Team ID shown under your account name into “10-character developer account Team ID”.</source>
        <comment>instructions</comment>
        <translation>Войдите в Apple Developer и откройте Certificates, Identifiers &amp; Profiles; скопируйте Team ID, указанный под именем вашей учетной записи, в «10-значный Team ID аккаунта разработчика».</translation>
    </message>
    <message>
        <source>Under Identifiers, register an App ID and enable the Sign in with Apple capability for it.</source>
        <comment>instructions</comment>
        <translation>В разделе Identifiers зарегистрируйте App ID и включите для него возможность Sign in with Apple.</translation>
    </message>
    <message>
        <source>Register a Services ID, enable Sign in with Apple on it and click Configure: choose the App ID from the previous step, enter the host name of {redirectUri} under Domains and Subdomains and {redirectUri} itself under Return URLs. The Services ID&apos;s identifier goes into “Application Client ID”.</source>
        <comment>instructions</comment>
        <translation>Зарегистрируйте Services ID, включите для него Sign in with Apple и нажмите Configure: выберите App ID из предыдущего шага, введите имя хоста из {redirectUri} в Domains and Subdomains, а сам {redirectUri} — в Return URLs. Идентификатор Services ID вводится в «ID клиента приложения».</translation>
    </message>
    <message>
        <source>Enter the bundle identifier of the App ID, which the mobile apps use to sign in, into “appleIdClientIdMobile”.</source>
        <comment>instructions</comment>
        <translation>Введите идентификатор пакета (bundle identifier) из App ID, который мобильные приложения используют для входа, в «appleIdClientIdMobile».</translation>
    </message>
    <message>
        <source>Under Keys, create a key with Sign in with Apple enabled, download the .p8 file (Apple lets you download it only once) and copy the Key ID into “A 10-character key identifier generated for the Sign in with Apple private key”.</source>
        <comment>instructions</comment>
        <translation>В разделе Keys создайте ключ с включенной возможностью Sign in with Apple, скачайте файл .p8 (Apple позволяет скачать его только один раз) и скопируйте Key ID в «10-значный идентификатор ключа, сгенерированный для входа в систему с помощью приватного ключа Apple».</translation>
    </message>
    <message>
        <source>Open the .p8 file in a text editor and paste all of it, including the BEGIN and END lines, into “Private key downloaded from Apple Developer”.</source>
        <comment>instructions</comment>
        <translation>Откройте файл .p8 в текстовом редакторе и вставьте все его содержимое, включая строки BEGIN и END, в «Приватный ключ, скачанный с Apple Developer».</translation>
    </message>
    <message>
        <source>10-character developer account Team ID</source>
        <comment>label</comment>
        <translation>10-значный Team ID аккаунта разработчика</translation>
    </message>
    <message>
        <source>A 10-character key identifier generated for the Sign in with Apple private key</source>
        <comment>label</comment>
        <translation>10-значный идентификатор ключа, сгенерированный для входа в систему с помощью приватного ключа Apple</translation>
    </message>
    <message>
        <source>Private key downloaded from Apple Developer</source>
        <comment>label</comment>
        <translation>Приватный ключ, скачанный с Apple Developer</translation>
    </message>
    <message>
        <source>Amazon AWS S3</source>
        <comment>title</comment>
        <translation>Amazon AWS S3</translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in an Amazon S3 bucket (or an S3-compatible one).</source>
        <comment>purpose</comment>
        <translation>Хранит резервные копии и данные портала в контейнере (bucket) Amazon S3 или в S3-совместимом хранилище.</translation>
    </message>
    <message>
        <source>In the AWS IAM console, create a user for the portal (it needs no console access) or choose an existing one.</source>
        <comment>instructions</comment>
        <translation>В консоли AWS IAM создайте пользователя для портала (доступ к консоли ему не нужен) или выберите существующего.</translation>
    </message>
    <message>
        <source>Give the user a policy that allows the S3 actions the portal performs on your bucket, for example AmazonS3FullAccess or a narrower policy limited to that bucket.</source>
        <comment>instructions</comment>
        <translation>Назначьте пользователю политику, разрешающую действия S3, которые портал выполняет с вашим контейнером, например AmazonS3FullAccess или более узкую политику, ограниченную этим контейнером.</translation>
    </message>
    <message>
        <source>On the user&apos;s Security credentials tab, choose Create access key and pick the use case for an application running outside AWS.</source>
        <comment>instructions</comment>
        <translation>На вкладке Security credentials пользователя выберите Create access key и укажите сценарий использования для приложения, работающего вне AWS.</translation>
    </message>
    <message>
        <source>Copy the Access key ID into “S3 accesskey” and the Secret access key into “S3 secret access key”; AWS shows the secret only on this screen.</source>
        <comment>instructions</comment>
        <translation>Скопируйте Access key ID в «Ключ доступа S3», а Secret access key — в «Секретный ключ доступа S3»; AWS показывает секрет только на этом экране.</translation>
    </message>
    <message>
        <source>The bucket and region are chosen later, where Amazon AWS S3 is picked as the storage for backups or data, not here.</source>
        <comment>note</comment>
        <translation>Контейнер и регион выбираются не здесь, а позже, при выборе Amazon AWS S3 в качестве хранилища для резервных копий или данных.</translation>
    </message>
    <message>
        <source>S3 accesskey</source>
        <comment>label</comment>
        <translation>Ключ доступа S3</translation>
    </message>
    <message>
        <source>S3 secret access key</source>
        <comment>label</comment>
        <translation>Секретный ключ доступа S3</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <comment>title</comment>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in a Google Cloud Storage bucket.</source>
        <comment>purpose</comment>
        <translation>Хранит резервные копии и данные портала в контейнере (bucket) Google Cloud Storage.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, select the project that owns your bucket and open IAM &amp; Admin → Service Accounts.</source>
        <comment>instructions</comment>
        <translation>В консоли Google Cloud выберите проект, которому принадлежит ваш контейнер, и откройте IAM &amp; Admin → Service Accounts.</translation>
    </message>
    <message>
        <source>Create a service account and grant it a role that can manage the bucket&apos;s objects, such as Storage Object Admin.</source>
        <comment>instructions</comment>
        <translation>Создайте сервисный аккаунт и назначьте ему роль, позволяющую управлять объектами контейнера, например Storage Object Admin.</translation>
    </message>
    <message>
        <source>On the service account&apos;s Keys tab, choose Add key → Create new key → JSON; the browser downloads the key file.</source>
        <comment>instructions</comment>
        <translation>На вкладке Keys сервисного аккаунта выберите Add key → Create new key → JSON; браузер скачает файл ключа.</translation>
    </message>
    <message>
        <source>Open the downloaded file in a text editor and paste its whole content into “json”. Store the file safely or delete it: it holds a private key.</source>
        <comment>instructions</comment>
        <translation>Откройте скачанный файл в текстовом редакторе и вставьте все его содержимое в «json». Храните файл в надежном месте или удалите его: он содержит закрытый ключ.</translation>
    </message>
    <message>
        <source>Some organisations forbid service-account keys by policy; an organisation administrator can lift that restriction for the project.</source>
        <comment>note</comment>
        <translation>В некоторых организациях ключи сервисных аккаунтов запрещены политикой; администратор организации может снять это ограничение для проекта.</translation>
    </message>
    <message>
        <source>Rackspace Cloud Storage</source>
        <comment>title</comment>
        <translation>Rackspace Cloud Storage</translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in Rackspace Cloud Files.</source>
        <comment>purpose</comment>
        <translation>Хранит резервные копии и данные портала в Rackspace Cloud Files.</translation>
    </message>
    <message>
        <source>Sign in to the Rackspace Cloud Control Panel.</source>
        <comment>instructions</comment>
        <translation>Войдите в Rackspace Cloud Control Panel.</translation>
    </message>
    <message>
        <source>Open the account menu (your user name, top right) and choose Account Settings.</source>
        <comment>instructions</comment>
        <translation>Откройте меню учетной записи (ваше имя пользователя справа вверху) и выберите Account Settings.</translation>
    </message>
    <message>
        <source>Next to API Key, click Show and copy the key into “Rackspace apiKey”.</source>
        <comment>instructions</comment>
        <translation>Рядом с API Key нажмите Show и скопируйте ключ в «Ключ API Rackspace».</translation>
    </message>
    <message>
        <source>Enter the user name you signed in with into “Rackspace username”.</source>
        <comment>instructions</comment>
        <translation>Введите имя пользователя, с которым вы вошли, в «Имя пользователя Rackspace».</translation>
    </message>
    <message>
        <source>Rackspace username</source>
        <comment>label</comment>
        <translation>Имя пользователя Rackspace</translation>
    </message>
    <message>
        <source>Rackspace apiKey</source>
        <comment>label</comment>
        <translation>Ключ API Rackspace</translation>
    </message>
    <message>
        <source>Zoom</source>
        <comment>title</comment>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Zoom account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своей учетной записью Zoom.</translation>
    </message>
    <message>
        <source>On the Zoom App Marketplace, choose Develop → Build App and create a General App that users authorise themselves (user-managed).</source>
        <comment>instructions</comment>
        <translation>В Zoom App Marketplace выберите Develop → Build App и создайте General App, которое пользователи авторизуют сами (user-managed).</translation>
    </message>
    <message>
        <source>Under Basic Information → OAuth Information, enter {redirectUri} as the OAuth Redirect URL and add it to the OAuth Allow List as well.</source>
        <comment>instructions</comment>
        <translation>В разделе Basic Information → OAuth Information введите {redirectUri} в качестве OAuth Redirect URL и также добавьте его в OAuth Allow List.</translation>
    </message>
    <message>
        <source>Under Scopes, add the scopes that let the app read the profile of the user who signs in.</source>
        <comment>instructions</comment>
        <translation>В разделе Scopes добавьте области действия, позволяющие приложению читать профиль пользователя, который выполняет вход.</translation>
    </message>
    <message>
        <source>Zoom shows a Development and a Production pair of credentials: use the Development pair while you test and the Production pair once the app is published.</source>
        <comment>instructions</comment>
        <translation>Zoom показывает две пары учетных данных, Development и Production: во время тестирования используйте пару Development, а после публикации приложения — пару Production.</translation>
    </message>
    <message>
        <source>Copy the Client ID into “Zoom client id” and the Client Secret into “Zoom client secret”.</source>
        <comment>instructions</comment>
        <translation>Скопируйте Client ID в «ID клиента Zoom», а Client Secret — в «Секрет клиента Zoom».</translation>
    </message>
    <message>
        <source>Zoom client id</source>
        <comment>label</comment>
        <translation>ID клиента Zoom</translation>
    </message>
    <message>
        <source>Zoom client secret</source>
        <comment>label</comment>
        <translation>Секрет клиента Zoom</translation>
    </message>
    <message>
        <source>Telegram</source>
        <comment>title</comment>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Sends portal notifications to users through your own Telegram bot.</source>
        <comment>purpose</comment>
        <translation>Отправляет оповещения портала пользователям через вашего собственного бота Telegram.</translation>
    </message>
    <message>
        <source>In Telegram, open a chat with @BotFather and send the /newbot command.</source>
        <comment>instructions</comment>
        <translation>В Telegram откройте чат с @BotFather и отправьте команду /newbot.</translation>
    </message>
    <message>
        <source>Choose a display name, then a username that ends in bot, for example acme_portal_bot.</source>
        <comment>instructions</comment>
        <translation>Выберите отображаемое имя, а затем имя пользователя, оканчивающееся на bot, например acme_portal_bot.</translation>
    </message>
    <message>
        <source>BotFather replies with the bot&apos;s token (digits, a colon and a long code): copy it into “Bot token”.</source>
        <comment>instructions</comment>
        <translation>BotFather ответит токеном бота (цифры, двоеточие и длинный код): скопируйте его в «Токен бота».</translation>
    </message>
    <message>
        <source>Enter the username you chose into “Bot username”.</source>
        <comment>instructions</comment>
        <translation>Введите выбранное имя пользователя в «Имя пользователя бота».</translation>
    </message>
    <message>
        <source>DocSpace connects the bot when the keys are saved; if that fails it clears the keys and answers Bad keys.</source>
        <comment>note</comment>
        <translation>DocSpace подключает бота при сохранении ключей; если это не удается, портал очищает ключи и отвечает «Bad keys».</translation>
    </message>
    <message>
        <source>Bot token</source>
        <comment>label</comment>
        <translation>Токен бота</translation>
    </message>
    <message>
        <source>Bot username</source>
        <comment>label</comment>
        <translation>Имя пользователя бота</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>title</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their WeChat account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своей учетной записью WeChat.</translation>
    </message>
    <message>
        <source>WeChat&apos;s address depends on the installation: installed packages and the enterprise Docker image keep https://service.teamlab.info/oauth2.aspx for WeChat, although every other service uses service.onlyoffice.com there; the community Docker image rewrites it to the value of OAUTH_REDIRECT_URL, like every other service&apos;s, so register that value on such a portal.</source>
        <comment>redirectNote</comment>
        <translation>Адрес для WeChat зависит от установки: в установленных пакетах и Docker-образе Enterprise для WeChat остается адрес https://service.teamlab.info/oauth2.aspx, хотя все остальные сервисы используют там service.onlyoffice.com; Docker-образ Community заменяет его значением OAUTH_REDIRECT_URL, как и у всех остальных сервисов, поэтому на таком портале зарегистрируйте это значение.</translation>
    </message>
    <message>
        <source>Sign in to the WeChat Open Platform with a developer account that has passed verification.</source>
        <comment>instructions</comment>
        <translation>Войдите в WeChat Open Platform с учетной записью разработчика, прошедшей проверку.</translation>
    </message>
    <message>
        <source>In the management centre, create a website application and submit it for review.</source>
        <comment>instructions</comment>
        <translation>В центре управления (management centre) создайте приложение для веб-сайта (website application) и отправьте его на проверку.</translation>
    </message>
    <message>
        <source>Set the application&apos;s authorised callback domain to the host name of {redirectUri}.</source>
        <comment>instructions</comment>
        <translation>В качестве authorised callback domain приложения укажите имя хоста из {redirectUri}.</translation>
    </message>
    <message>
        <source>Once WeChat approves the application, copy its AppID into “Client ID” and its AppSecret into “Client Secret”.</source>
        <comment>instructions</comment>
        <translation>Когда WeChat одобрит приложение, скопируйте его AppID в «ID клиента», а AppSecret — в «Секрет клиента».</translation>
    </message>
    <message>
        <source>Client ID</source>
        <comment>label</comment>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Database connection</source>
        <comment>title</comment>
        <translation>Подключение к базе данных</translation>
    </message>
    <message>
        <source>Keeps the results of the portal&apos;s forms in your own MySQL database (or, on self-hosted portals, an SQLite file).</source>
        <comment>purpose</comment>
        <translation>Сохраняет результаты заполнения форм портала в вашей собственной базе данных MySQL (или, на порталах серверной версии, в файле SQLite).</translation>
    </message>
    <message>
        <source>On your MySQL server, create an empty database and an account for the portal that has full rights on that database and no others.</source>
        <comment>instructions</comment>
        <translation>На сервере MySQL создайте пустую базу данных и учетную запись для портала с полными правами на эту базу данных и без каких-либо других прав.</translation>
    </message>
    <message>
        <source>Make sure the portal&apos;s server can reach the database host and port: check firewalls and the MySQL bind-address setting.</source>
        <comment>instructions</comment>
        <translation>Убедитесь, что сервер портала может подключиться к хосту и порту базы данных: проверьте брандмауэры и параметр MySQL bind-address.</translation>
    </message>
    <message>
        <source>Choose mysql in “Database type”, then fill in “Host”, “Port” (3306 unless your server listens elsewhere), “Database name”, “User” and “Password”.</source>
        <comment>instructions</comment>
        <translation>Выберите mysql в поле «Тип базы данных», затем заполните поля «Хост», «Порт» (3306, если ваш сервер не использует другой порт), «Имя базы данных», «Пользователь» и «Пароль».</translation>
    </message>
    <message>
        <source>Switch on “Use SSL” when the database server requires encrypted connections.</source>
        <comment>instructions</comment>
        <translation>Включите «Использовать SSL», если сервер базы данных требует зашифрованных подключений.</translation>
    </message>
    <message>
        <source>On a self-hosted portal you can choose sqlite instead; then only “SQLite file path” is needed: the name of a database file, such as forms.db, that already lies in the portal&apos;s own storage folder for external databases, not a path on the server.</source>
        <comment>instructions</comment>
        <translation>На портале серверной версии вместо этого можно выбрать sqlite; тогда нужен только «Путь к файлу SQLite»: имя файла базы данных, например forms.db, который уже находится в собственной папке хранилища портала для внешних баз данных, а не путь на сервере.</translation>
    </message>
    <message>
        <source>Test the connection before saving: the portal checks it again whenever the keys are saved, and a failed check clears the service, which switches it off.</source>
        <comment>instructions</comment>
        <translation>Проверьте соединение перед сохранением: портал проверяет его заново при каждом сохранении ключей, а неудачная проверка очищает сервис и тем самым отключает его.</translation>
    </message>
    <message>
        <source>DocSpace opens a connection to the database when the keys are saved. If that fails, it clears every key of the Database connection, which switches the service off, and answers Bad keys: enter the keys again once the database is reachable.</source>
        <comment>note</comment>
        <translation>DocSpace открывает подключение к базе данных при сохранении ключей. Если это не удается, он очищает все ключи сервиса «Подключение к базе данных», тем самым отключая его, и отвечает «Bad keys»: введите ключи снова, когда база данных станет доступна.</translation>
    </message>
    <message>
        <source>Database type</source>
        <comment>label</comment>
        <translation>Тип базы данных</translation>
    </message>
    <message>
        <source>sqlite is offered only on self-hosted portals.</source>
        <comment>note</comment>
        <translation>sqlite доступен только на порталах серверной версии.</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>label</comment>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>label</comment>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database name</source>
        <comment>label</comment>
        <translation>Имя базы данных</translation>
    </message>
    <message>
        <source>User</source>
        <comment>label</comment>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>label</comment>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Use SSL</source>
        <comment>label</comment>
        <translation>Использовать SSL</translation>
    </message>
    <message>
        <source>SQLite file path</source>
        <comment>label</comment>
        <translation>Путь к файлу SQLite</translation>
    </message>
    <message>
        <source>Only a file name, such as forms.db: the file must be in the portal&apos;s own storage folder for external databases. A value with /, \ or .. would leave that folder, and the portal refuses it.</source>
        <comment>note</comment>
        <translation>Только имя файла, например forms.db: файл должен находиться в собственной папке хранилища портала для внешних баз данных. Значение с /, \ или .. вышло бы за пределы этой папки, и портал его отклоняет.</translation>
    </message>
    <message>
        <source>Nextcloud</source>
        <comment>title</comment>
        <translation>Nextcloud</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with an account of your Nextcloud server.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал с учетной записью вашего сервера Nextcloud.</translation>
    </message>
    <message>
        <source>Sign in to your Nextcloud server as an administrator and open Administration settings → Security.</source>
        <comment>instructions</comment>
        <translation>Войдите на сервер Nextcloud как администратор и откройте Administration settings → Security.</translation>
    </message>
    <message>
        <source>Under OAuth 2.0 clients, add a client with a recognisable name and {redirectUri} as its redirection URI.</source>
        <comment>instructions</comment>
        <translation>В разделе OAuth 2.0 clients добавьте клиента с понятным именем и {redirectUri} в качестве redirection URI.</translation>
    </message>
    <message>
        <source>Copy the Client Identifier into “Client ID” and the Secret into “Client Secret”.</source>
        <comment>instructions</comment>
        <translation>Скопируйте Client Identifier в «ID клиента», а Secret — в «Секрет клиента».</translation>
    </message>
    <message>
        <source>Into the field labelled “Enter the URL address of the Nextcloud instance.”, enter the address of your Nextcloud server, such as https://cloud.example.com.</source>
        <comment>instructions</comment>
        <translation>В поле с подписью «Введите URL-адрес экземпляра Nextcloud.» введите адрес вашего сервера Nextcloud, например https://cloud.example.com.</translation>
    </message>
    <message>
        <source>Enter the URL address of the Nextcloud instance.</source>
        <comment>label</comment>
        <translation>Введите URL-адрес экземпляра Nextcloud.</translation>
    </message>
    <message>
        <source>ONLYOFFICE Workspace / Community Server</source>
        <comment>title</comment>
        <translation>ONLYOFFICE Workspace / Community Server</translation>
    </message>
    <message>
        <source>DocuSign</source>
        <comment>title</comment>
        <translation>DocuSign</translation>
    </message>
    <message>
        <source>Lets users send documents from the Documents module to DocuSign for electronic signature.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям отправлять документы из модуля «Документы» в DocuSign для электронной подписи.</translation>
    </message>
    <message>
        <source>Sign in to your DocuSign developer account (free) and open Settings → Apps and Keys.</source>
        <comment>instructions</comment>
        <translation>Войдите в свою (бесплатную) учетную запись разработчика DocuSign и откройте Settings → Apps and Keys.</translation>
    </message>
    <message>
        <source>Click Add App and Integration Key and name the app; the Integration Key it shows goes into “DocuSign Key”.</source>
        <comment>instructions</comment>
        <translation>Нажмите Add App and Integration Key и задайте имя приложения; показанный Integration Key вводится в «Ключ DocuSign».</translation>
    </message>
    <message>
        <source>Under Authentication, choose Authorization Code Grant, add a secret key and copy it into “DocuSign Secret” at once, because it is shown only this time.</source>
        <comment>instructions</comment>
        <translation>В разделе Authentication выберите Authorization Code Grant, добавьте секретный ключ и сразу скопируйте его в «Секретный ключ DocuSign», поскольку он показывается только один раз.</translation>
    </message>
    <message>
        <source>Under Additional settings → Redirect URIs, add {redirectUri} and save.</source>
        <comment>instructions</comment>
        <translation>В разделе Additional settings → Redirect URIs добавьте {redirectUri} и сохраните изменения.</translation>
    </message>
    <message>
        <source>Enter account-d.docusign.com into “DocuSign authentication endpoint” while you test with the developer account. After DocuSign approves the app for production (go-live), switch to account.docusign.com and the production keys.</source>
        <comment>instructions</comment>
        <translation>Пока вы тестируете с учетной записью разработчика, введите account-d.docusign.com в «Конечная точка авторизации DocuSign». После того как DocuSign одобрит приложение для рабочей среды (go-live), перейдите на account.docusign.com и рабочие ключи.</translation>
    </message>
    <message>
        <source>DocuSign Key</source>
        <comment>label</comment>
        <translation>Ключ DocuSign</translation>
    </message>
    <message>
        <source>DocuSign Secret</source>
        <comment>label</comment>
        <translation>Секретный ключ DocuSign</translation>
    </message>
    <message>
        <source>DocuSign authentication endpoint</source>
        <comment>label</comment>
        <translation>Конечная точка авторизации DocuSign</translation>
    </message>
    <message>
        <source>Only the host name, with no https:// and no path. Developer (demo) accounts sign in at account-d.docusign.com; live accounts sign in at account.docusign.com.</source>
        <comment>note</comment>
        <translation>Только имя хоста, без https:// и пути. Учетные записи разработчика (demo) входят через account-d.docusign.com, рабочие учетные записи — через account.docusign.com.</translation>
    </message>
    <message>
        <source>Lets users connect their Dropbox folders to the Documents module.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям подключать свои папки Dropbox к модулю «Документы».</translation>
    </message>
    <message>
        <source>Lets users connect their Box folders to the Documents module.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям подключать свои папки Box к модулю «Документы».</translation>
    </message>
    <message>
        <source>Lets users connect their OneDrive files to the Documents module.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям подключать свои файлы OneDrive к модулю «Документы».</translation>
    </message>
    <message>
        <source>Lets users sign in with a Google account and connect Google Drive to the Documents module.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить с учетной записью Google и подключать Google Drive к модулю «Документы».</translation>
    </message>
    <message>
        <source>Facebook app token</source>
        <comment>generation</comment>
        <translation>Токен приложения Facebook</translation>
    </message>
    <message>
        <source>Community Server 9.5 and earlier (labels as 9.5 shows them)</source>
        <comment>versions</comment>
        <translation>Community Server 9.5 и более ранние (подписи как в 9.5)</translation>
    </message>
    <message>
        <source>Before 9.6 the portal also asked for an app token, used to look up people and companies on Facebook for the CRM, and labelled the app&apos;s ID and secret “App ID” and “App Secret”. Create the token on Meta for Developers under Tools → Access Token Tool for the same app and enter it in “facebookAccessToken_Default”, the name that page shows for it.</source>
        <comment>note</comment>
        <translation>До версии 9.6 портал также запрашивал токен приложения (app token), с помощью которого в CRM искались люди и компании в Facebook, а ID и секрет приложения назывались «App ID» и «App Secret». Создайте токен на Meta for Developers в разделе Tools → Access Token Tool для того же приложения и введите его в «facebookAccessToken_Default» — под этим именем его показывает та страница.</translation>
    </message>
    <message>
        <source>App ID</source>
        <comment>label</comment>
        <translation>App ID</translation>
    </message>
    <message>
        <source>App Secret</source>
        <comment>label</comment>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Twitter</source>
        <comment>title</comment>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Copy the API Key into “Twitter ID” and the API Key Secret into “Twitter Key”; X shows the secret only once.</source>
        <comment>instructions</comment>
        <translation>Скопируйте API Key в «Twitter ID», а API Key Secret — в «Ключ Twitter»; X показывает секрет только один раз.</translation>
    </message>
    <message>
        <source>Twitter ID</source>
        <comment>label</comment>
        <translation>Twitter ID</translation>
    </message>
    <message>
        <source>Twitter Key</source>
        <comment>label</comment>
        <translation>Ключ Twitter</translation>
    </message>
    <message>
        <source>Twitter access token</source>
        <comment>generation</comment>
        <translation>Токен доступа Twitter</translation>
    </message>
    <message>
        <source>Community Server / Workspace before 12.6 (labels as 11.5 to 12.5 show them)</source>
        <comment>versions</comment>
        <translation>Community Server / Workspace до версии 12.6 (подписи как в версиях 11.5–12.5)</translation>
    </message>
    <message>
        <source>Before 12.6 the portal also used an access token and its secret to find people and companies on Twitter for the CRM. Generate both on the Keys and tokens tab of the same app, under Authentication Tokens, and enter them in “Access Token” and “Access Token Secret”.</source>
        <comment>note</comment>
        <translation>До версии 12.6 портал также использовал токен доступа и его секрет для поиска людей и компаний в Twitter для CRM. Сгенерируйте оба на вкладке Keys and tokens того же приложения, в разделе Authentication Tokens, и введите их в «Access Token» и «Access Token Secret».</translation>
    </message>
    <message>
        <source>Access Token</source>
        <comment>label</comment>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Access Token Secret</source>
        <comment>label</comment>
        <translation>Access Token Secret</translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS and lets CRM users call contacts from the browser.</source>
        <comment>purpose</comment>
        <translation>Отправляет коды двухфакторного входа по SMS и позволяет пользователям CRM звонить контактам из браузера.</translation>
    </message>
    <message>
        <source>When Twilio keys are saved on Workspace, the phone numbers that the CRM bought with the previous Twilio account are deleted first.</source>
        <comment>note</comment>
        <translation>При сохранении ключей Twilio в Workspace сначала удаляются телефонные номера, купленные в CRM через предыдущую учетную запись Twilio.</translation>
    </message>
    <message>
        <source>Clickatell</source>
        <comment>title</comment>
        <translation>Clickatell</translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS through your Clickatell account.</source>
        <comment>purpose</comment>
        <translation>Отправляет коды двухфакторного входа по SMS через вашу учетную запись Clickatell.</translation>
    </message>
    <message>
        <source>Sign in to the Clickatell portal; a new account has to be approved before it can send messages.</source>
        <comment>instructions</comment>
        <translation>Войдите на портал Clickatell; новая учетная запись должна быть одобрена, прежде чем с нее можно будет отправлять сообщения.</translation>
    </message>
    <message>
        <source>Create an SMS integration of the HTTP API type and choose whether it may send to international numbers.</source>
        <comment>instructions</comment>
        <translation>Создайте SMS-интеграцию типа HTTP API и укажите, может ли она отправлять сообщения на международные номера.</translation>
    </message>
    <message>
        <source>Copy the API key that the integration shows into “apiKey”.</source>
        <comment>instructions</comment>
        <translation>Скопируйте ключ API, который показывает интеграция, в «apiKey».</translation>
    </message>
    <message>
        <source>SMS Center</source>
        <comment>title</comment>
        <translation>SMS-центр</translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS through your SMS Center (smsc.ru) account.</source>
        <comment>purpose</comment>
        <translation>Отправляет коды двухфакторного входа по SMS через вашу учетную запись SMS-центра (smsc.ru).</translation>
    </message>
    <message>
        <source>Sign in to your SMS Center account, or register one and top up its balance.</source>
        <comment>instructions</comment>
        <translation>Войдите в свою учетную запись SMS-центра или зарегистрируйте ее и пополните баланс.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s login into “Login”.</source>
        <comment>instructions</comment>
        <translation>Введите логин учетной записи в «Логин».</translation>
    </message>
    <message>
        <source>Enter the account password into “Password or password MD5 hash in lowercase”; entering the lowercase MD5 hash of the password instead keeps the password itself off the portal.</source>
        <comment>instructions</comment>
        <translation>Введите пароль учетной записи в «Пароль или MD5 хэш от пароля в нижнем регистре»; если ввести вместо пароля его MD5-хеш в нижнем регистре, сам пароль не попадет на портал.</translation>
    </message>
    <message>
        <source>Register a sender name in the account settings (SMS Center approves it) and enter it into “Sender ID”.</source>
        <comment>instructions</comment>
        <translation>Зарегистрируйте имя отправителя в настройках учетной записи (его одобряет SMS-центр) и введите его в «Идентификатор отправителя».</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>label</comment>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password or password MD5 hash in lowercase</source>
        <comment>label</comment>
        <translation>Пароль или MD5 хэш от пароля в нижнем регистре</translation>
    </message>
    <message>
        <source>Delivers push notifications from the portal to the ONLYOFFICE apps.</source>
        <comment>purpose</comment>
        <translation>Доставляет push-уведомления с портала в приложения ONLYOFFICE.</translation>
    </message>
    <message>
        <source>Bitly</source>
        <comment>title</comment>
        <translation>Bitly</translation>
    </message>
    <message>
        <source>Shortens invitation links and links to documents shared with people outside the portal.</source>
        <comment>purpose</comment>
        <translation>Сокращает пригласительные ссылки и ссылки на документы, которыми поделились с людьми вне портала.</translation>
    </message>
    <message>
        <source>Sign in to Bitly and open Settings → Developer settings → API.</source>
        <comment>instructions</comment>
        <translation>Войдите в Bitly и откройте Settings → Developer settings → API.</translation>
    </message>
    <message>
        <source>Enter your Bitly password and click Generate token.</source>
        <comment>instructions</comment>
        <translation>Введите свой пароль Bitly и нажмите Generate token.</translation>
    </message>
    <message>
        <source>Copy the token into “Access Token”; Bitly shows it only once.</source>
        <comment>instructions</comment>
        <translation>Скопируйте токен в «Access Token»; Bitly показывает его только один раз.</translation>
    </message>
    <message>
        <source>Bitly login and API key</source>
        <comment>generation</comment>
        <translation>Логин и ключ API Bitly</translation>
    </message>
    <message>
        <source>Community Server / Workspace before 12.0 (labels as 10.0 to 11.6 show them)</source>
        <comment>versions</comment>
        <translation>Community Server / Workspace до версии 12.0 (подписи как в версиях 10.0–11.6)</translation>
    </message>
    <message>
        <source>Before 12.0 the portal called Bitly&apos;s older API with the account login and an API key instead of a token. Bitly has since retired that API, so these versions can no longer shorten links; upgrade the portal to use a token.</source>
        <comment>note</comment>
        <translation>До версии 12.0 портал обращался к старому API Bitly с логином учетной записи и ключом API вместо токена. С тех пор Bitly вывел этот API из эксплуатации, поэтому эти версии больше не могут сокращать ссылки; обновите портал, чтобы использовать токен.</translation>
    </message>
    <message>
        <source>login</source>
        <comment>label</comment>
        <translation>login</translation>
    </message>
    <message>
        <source>Selectel Cloud Storage</source>
        <comment>title</comment>
        <translation>Selectel Облачное хранилище</translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in Selectel object storage.</source>
        <comment>purpose</comment>
        <translation>Хранит резервные копии и данные портала в объектном хранилище Selectel.</translation>
    </message>
    <message>
        <source>Sign in to the Selectel control panel and open the object storage (cloud storage) section.</source>
        <comment>instructions</comment>
        <translation>Войдите в панель управления Selectel и откройте раздел объектного хранилища (облачного хранилища).</translation>
    </message>
    <message>
        <source>Under its users or access settings, create a user for the portal with access to the containers it will use.</source>
        <comment>instructions</comment>
        <translation>В настройках пользователей или доступа создайте для портала пользователя с доступом к контейнерам, которые он будет использовать.</translation>
    </message>
    <message>
        <source>Enter that user&apos;s name exactly as the panel shows it (it usually begins with your account number) into “Selectel authUser”.</source>
        <comment>instructions</comment>
        <translation>Введите имя этого пользователя точно так, как его показывает панель (обычно оно начинается с номера вашей учетной записи), в «authUser Selectel».</translation>
    </message>
    <message>
        <source>Enter the user&apos;s password into “Selectel authPwd”.</source>
        <comment>instructions</comment>
        <translation>Введите пароль пользователя в «authPwd Selectel».</translation>
    </message>
    <message>
        <source>Selectel authUser</source>
        <comment>label</comment>
        <translation>authUser Selectel</translation>
    </message>
    <message>
        <source>Selectel authPwd</source>
        <comment>label</comment>
        <translation>authPwd Selectel</translation>
    </message>
    <message>
        <source>Mail.ru</source>
        <comment>title</comment>
        <translation>Mail.ru</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Mail.ru account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своей учетной записью Mail.ru.</translation>
    </message>
    <message>
        <source>Sign in with a Mail.ru account on the Mail.ru OAuth application page and create an application.</source>
        <comment>instructions</comment>
        <translation>Войдите с учетной записью Mail.ru на странице OAuth-приложений Mail.ru и создайте приложение.</translation>
    </message>
    <message>
        <source>Add {redirectUri} to the application&apos;s redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation>Добавьте {redirectUri} в URI перенаправления приложения и сохраните изменения.</translation>
    </message>
    <message>
        <source>Copy the application&apos;s ID into “ID” and its Secret into “Secret key”.</source>
        <comment>instructions</comment>
        <translation>Скопируйте ID приложения в «ID», а его Secret — в «Секретный ключ».</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>label</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Secret key</source>
        <comment>label</comment>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>Yandex</source>
        <comment>title</comment>
        <translation>Yandex</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Yandex account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своей учетной записью Yandex.</translation>
    </message>
    <message>
        <source>Open Yandex OAuth and create an application for web services.</source>
        <comment>instructions</comment>
        <translation>Откройте Yandex OAuth и создайте приложение для веб-сервисов.</translation>
    </message>
    <message>
        <source>Enter {redirectUri} as the Redirect URI.</source>
        <comment>instructions</comment>
        <translation>Введите {redirectUri} в качестве Redirect URI.</translation>
    </message>
    <message>
        <source>Give the application access to the user&apos;s login, e-mail address and name.</source>
        <comment>instructions</comment>
        <translation>Предоставьте приложению доступ к логину, адресу эл. почты и имени пользователя.</translation>
    </message>
    <message>
        <source>Copy the ClientID into “ID” and the Client secret into “Password”.</source>
        <comment>instructions</comment>
        <translation>Скопируйте ClientID в «ID», а Client secret — в «Пароль».</translation>
    </message>
    <message>
        <source>VK</source>
        <comment>title</comment>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their VK account.</source>
        <comment>purpose</comment>
        <translation>Позволяет пользователям входить на портал со своей учетной записью ВКонтакте.</translation>
    </message>
    <message>
        <source>On VK for developers, open My apps and create an application of the website type.</source>
        <comment>instructions</comment>
        <translation>На сайте VK для разработчиков откройте «Мои приложения» и создайте приложение типа «Веб-сайт».</translation>
    </message>
    <message>
        <source>In the application&apos;s settings, add {redirectUri} to the authorised redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation>В настройках приложения добавьте {redirectUri} в разрешенные URI перенаправления и сохраните изменения.</translation>
    </message>
    <message>
        <source>Copy the App ID into “Application ID” and the Secure key into “Secure key”.</source>
        <comment>instructions</comment>
        <translation>Скопируйте ID приложения (App ID) в «ID приложения», а защищённый ключ (Secure key) — в «Защищённый ключ».</translation>
    </message>
    <message>
        <source>Secure key</source>
        <comment>label</comment>
        <translation>Защищённый ключ</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>unknown member &quot;%1&quot;; check its spelling.</source>
        <translation>неизвестный элемент &quot;%1&quot;; проверьте написание.</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is missing.</source>
        <translation>отсутствует элемент &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; должен быть строкой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; не должен быть пустым.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; должен иметь значение true или false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; должен быть целым числом не меньше 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation>&quot;%1&quot; должен быть списком строк.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only non-empty strings.</source>
        <translation>&quot;%1&quot; должен содержать только непустые строки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a version such as 3.7 or 12.6.</source>
        <translation>&quot;%1&quot; должен быть версией, например 3.7 или 12.6.</translation>
    </message>
    <message>
        <source>the key name &quot;%1&quot; may hold only letters, digits and _.</source>
        <translation>имя ключа &quot;%1&quot; может содержать только буквы, цифры и _.</translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot;.</source>
        <translation>неизвестный тип ключа &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>only keys of type select have options.</source>
        <translation>варианты значений есть только у ключей типа select.</translation>
    </message>
    <message>
        <source>the options repeat a value.</source>
        <translation>в вариантах значений повторяется значение.</translation>
    </message>
    <message>
        <source>the default value is not one of the options.</source>
        <translation>значение по умолчанию не входит в варианты значений.</translation>
    </message>
    <message>
        <source>a toggle&apos;s default must be true or false.</source>
        <translation>значение по умолчанию для переключателя должно быть true или false.</translation>
    </message>
    <message>
        <source>a number key&apos;s default must be a whole number.</source>
        <translation>значение по умолчанию для числового ключа должно быть целым числом.</translation>
    </message>
    <message>
        <source>dependsOn and dependsOnValue go together.</source>
        <translation>dependsOn и dependsOnValue указываются только вместе.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;.</source>
        <translation>неизвестный формат &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;keys&quot; must be a non-empty list.</source>
        <translation>&quot;keys&quot; должен быть непустым списком.</translation>
    </message>
    <message>
        <source>each key must be an object.</source>
        <translation>каждый ключ должен быть объектом.</translation>
    </message>
    <message>
        <source>the key name is used twice.</source>
        <translation>имя ключа используется дважды.</translation>
    </message>
    <message>
        <source>dependsOn names &quot;%1&quot;, which is not another key of this service.</source>
        <translation>dependsOn указывает на &quot;%1&quot;, но это не другой ключ этого сервиса.</translation>
    </message>
    <message>
        <source>dependsOn names a key that itself depends on another.</source>
        <translation>dependsOn указывает на ключ, который сам зависит от другого.</translation>
    </message>
    <message>
        <source>dependsOnValue &quot;%1&quot; is not one of the options of &quot;%2&quot;.</source>
        <translation>dependsOnValue &quot;%1&quot; не входит в варианты значений &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>On the Portals page, Test connection shows the certificate and lets you trust it.</source>
        <translation>На странице «Порталы» кнопка «Проверить подключение» показывает сертификат и позволяет сделать его доверенным.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Субъект: %1</translation>
    </message>
    <message>
        <source>Issuer: %1%2</source>
        <translation>Издатель: %1%2</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (самозаверяющий)</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Действителен: с %1 по %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>less than a second</source>
        <translation>долю секунды</translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>истекает через %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>истек только что</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>истек %1 назад</translation>
    </message>
    <message>
        <source>becomes valid in %1</source>
        <translation>станет действительным через %1</translation>
    </message>
    <message>
        <source>became valid just now</source>
        <translation>стал действительным только что</translation>
    </message>
    <message>
        <source>became valid %1 ago</source>
        <translation>стал действительным %1 назад</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>время выдачи в будущем: через %1</translation>
    </message>
    <message>
        <source>issued just now</source>
        <translation>выдан только что</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>выдан %1 назад</translation>
    </message>
    <message>
        <source>signed in %1 in the future</source>
        <translation>время входа в будущем: через %1</translation>
    </message>
    <message>
        <source>signed in just now</source>
        <translation>вход выполнен только что</translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation>вход выполнен %1 назад</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>Недействителен до</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Время выдачи</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>ID токена</translation>
    </message>
    <message>
        <source>OAuth client id (DocSpace: the app the token was issued to)</source>
        <translation>ID клиента OAuth (DocSpace: приложение, которому выдан токен)</translation>
    </message>
    <message>
        <source>Tenant id (DocSpace: the portal)</source>
        <translation>ID арендатора (DocSpace: портал)</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Предоставленные области действия</translation>
    </message>
    <message>
        <source>Time the user signed in</source>
        <translation>Время входа пользователя</translation>
    </message>
    <message>
        <source>Authorized party (the client the token was issued to)</source>
        <translation>Авторизованная сторона (клиент, которому выдан токен)</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>ID сеанса</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Тип токена</translation>
    </message>
    <message>
        <source>Document Server: the document to open</source>
        <translation>Document Server: открываемый документ</translation>
    </message>
    <message>
        <source>Document Server: the kind of editor</source>
        <translation>Document Server: тип редактора</translation>
    </message>
    <message>
        <source>Document Server: editor settings and user</source>
        <translation>Document Server: настройки редактора и пользователь</translation>
    </message>
    <message>
        <source>not a number of seconds</source>
        <translation>не является числом секунд</translation>
    </message>
    <message>
        <source>outside the years 1 to 9999</source>
        <translation>вне диапазона от 1 до 9999 года</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>Срок действия токена истек %1.</translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation>Токен недействителен до %1.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>portal owner</source>
        <translation>владелец портала</translation>
    </message>
    <message>
        <source>portal admin</source>
        <translation>администратор портала</translation>
    </message>
    <message>
        <source>not a portal admin</source>
        <translation>не администратор портала</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: authorization keys need an admin</source>
        <translation>%1: для ключей авторизации нужны права администратора</translation>
    </message>
    <message>
        <source>Signed in as %1, %2; the portal answered in %3 ms.</source>
        <translation>Вход выполнен как %1, %2; портал ответил за %3 мс.</translation>
    </message>
    <message>
        <source>Product and version unknown: %1</source>
        <translation>Продукт и версия неизвестны: %1</translation>
    </message>
</context>
<context>
    <name>CredentialKind</name>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>E-mail and password (basic)</source>
        <translation>Эл. почта и пароль (basic)</translation>
    </message>
    <message>
        <source>Login or personal access token</source>
        <translation>Логин или личный токен доступа</translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign in with the browser)</source>
        <translation>OAuth 2.0 (вход через браузер)</translation>
    </message>
</context>
<context>
    <name>DocumentServer</name>
    <message>
        <source>Open a file (editor config)</source>
        <translation>Открыть файл (конфигурация редактора)</translation>
    </message>
    <message>
        <source>Insert an image (insertImage)</source>
        <translation>Вставить изображение (insertImage)</translation>
    </message>
    <message>
        <source>Show a version from the history (setHistoryData)</source>
        <translation>Показать версию из истории (setHistoryData)</translation>
    </message>
    <message>
        <source>Recipients for mail merge (setMailMergeRecipients)</source>
        <translation>Получатели для слияния (setMailMergeRecipients)</translation>
    </message>
    <message>
        <source>Compare with a document (setRevisedFile)</source>
        <translation>Сравнить с документом (setRevisedFile)</translation>
    </message>
    <message>
        <source>Document Server tokens are signed with its HMAC secret; %1 cannot sign them.</source>
        <translation>Токены Document Server подписываются его секретом HMAC; подписать их нельзя (%1).</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>ключ не задан</translation>
    </message>
    <message>
        <source>The config has no &quot;token&quot; member.</source>
        <translation>В конфигурации нет элемента &quot;token&quot;.</translation>
    </message>
    <message>
        <source>The &quot;token&quot; member is not a string.</source>
        <translation>Элемент &quot;token&quot; не является строкой.</translation>
    </message>
    <message>
        <source>Document Server tokens are checked with its HMAC secret; %1 cannot check them.</source>
        <translation>Токены Document Server проверяются его секретом HMAC; проверить их нельзя (%1).</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object, so it cannot stand for the config.</source>
        <translation>Полезные данные токена не являются объектом JSON, поэтому не могут заменить конфигурацию.</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>The draft has no valid id.</source>
        <translation>У черновика нет корректного ID.</translation>
    </message>
    <message>
        <source>The draft does not say which service its keys are for.</source>
        <translation>В черновике не указано, для какого сервиса его ключи.</translation>
    </message>
    <message>
        <source>“%1” is not a service name: use letters, digits, “_”, “-” and “.” only.</source>
        <translation>«%1» не является именем сервиса: используйте только буквы, цифры, «_», «-» и «.».</translation>
    </message>
    <message>
        <source>The title of a draft can have at most %1 characters.</source>
        <translation>Заголовок черновика может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>The note of a draft can have at most %1 characters.</source>
        <translation>Заметка к черновику может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>The draft for %1 has no keys.</source>
        <translation>В черновике для %1 нет ключей.</translation>
    </message>
    <message>
        <source>A draft can have at most %1 keys.</source>
        <translation>Черновик может содержать не более %1 ключей.</translation>
    </message>
    <message>
        <source>“%1” is not a key name: use letters, digits, “_”, “-” and “.” only, at most %2.</source>
        <translation>«%1» не является именем ключа: используйте только буквы, цифры, «_», «-» и «.», не более %2.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the draft for %2.</source>
        <translation>Ключ «%1» встречается в черновике для %2 дважды.</translation>
    </message>
    <message>
        <source>The draft %1 is for an unknown product “%2”.</source>
        <translation>Черновик %1 относится к неизвестному продукту «%2».</translation>
    </message>
    <message>
        <source>The draft %1 has no list of keys.</source>
        <translation>В черновике %1 нет списка ключей.</translation>
    </message>
    <message>
        <source>The draft %1 has a key name that is not text.</source>
        <translation>В черновике %1 есть имя ключа, которое не является текстом.</translation>
    </message>
    <message>
        <source>The draft %1 has no valid creation or change time.</source>
        <translation>У черновика %1 нет корректного времени создания или изменения.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The list of drafts %1</source>
        <translation>Список черновиков %1</translation>
    </message>
    <message>
        <source>Cannot read the value of %1 in the draft for %2: %3</source>
        <translation>Не удается прочитать значение %1 в черновике для %2: %3</translation>
    </message>
    <message>
        <source>The list of drafts %1 cannot be used: %2 PortalKeys leaves it as it is.</source>
        <translation>Список черновиков %1 нельзя использовать: %2 PortalKeys оставляет его без изменений.</translation>
    </message>
    <message>
        <source>The list of drafts %1 holds the draft %2 twice.</source>
        <translation>Список черновиков %1 содержит черновик %2 дважды.</translation>
    </message>
    <message>
        <source>The draft for %1 has no key “%2” to store a value for.</source>
        <translation>В черновике для %1 нет ключа «%2», для которого нужно сохранить значение.</translation>
    </message>
    <message>
        <source>The draft for %1 was not saved: %2</source>
        <translation>Черновик для %1 не сохранен: %2</translation>
    </message>
    <message>
        <source>The draft for %1 was not saved completely: %2 The values stored before this failure are already replaced in the keychain.</source>
        <translation>Черновик для %1 сохранен не полностью: %2 Значения, сохраненные до этого сбоя, уже заменены в связке ключей.</translation>
    </message>
    <message>
        <source>The draft for %1 was saved, but the value of a key it no longer has could not be removed from the keychain: %2</source>
        <translation>Черновик для %1 сохранен, но значение ключа, которого в нем больше нет, не удалось удалить из связки ключей: %2</translation>
    </message>
    <message>
        <source>The draft for %1 was not removed: %2</source>
        <translation>Черновик для %1 не удален: %2</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history %1</source>
        <translation>Файл истории %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удается создать папку %1.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 не изменен: %2</translation>
    </message>
    <message>
        <source>The full history %1 could not be moved to %2.</source>
        <translation>Заполненный файл истории %1 не удалось переместить в %2.</translation>
    </message>
    <message>
        <source>The history %1 cannot be read: %2</source>
        <translation>Не удается прочитать файл истории %1: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is damaged and was skipped.</source>
        <translation>Строка %1 в %2 повреждена и пропущена.</translation>
    </message>
</context>
<context>
    <name>IconScaler</name>
    <message>
        <source>The %1 image is %2×%3 pixels, too large to make an icon of safely; make it smaller first.</source>
        <translation>Изображение %1 имеет размер %2×%3 пикселей — слишком большой, чтобы безопасно сделать из него иконку; сначала уменьшите его.</translation>
    </message>
    <message>
        <source>The %1 image cannot be decoded: the file is damaged or incomplete (%2).</source>
        <translation>Не удается декодировать изображение %1: файл поврежден или неполон (%2).</translation>
    </message>
    <message>
        <source>The icon is %1×%2 pixels; the portal shows it at %3×%3. Scale it to that size (aspect kept, on a transparent square, as PNG).</source>
        <translation>Размер иконки — %1×%2 пикселей; портал показывает ее в размере %3×%3. Масштабируйте ее до этого размера (с сохранением пропорций, на прозрачном квадрате, в формате PNG).</translation>
    </message>
</context>
<context>
    <name>JwkImport</name>
    <message>
        <source>The JWK member “%1” is not a string.</source>
        <translation>Элемент JWK «%1» не является строкой.</translation>
    </message>
    <message>
        <source>The JWK member “%1” is not valid base64url (unpadded, with the alphabet A–Z, a–z, 0–9, “-”, “_”).</source>
        <translation>Элемент JWK «%1» не является корректным base64url (без заполнения, с алфавитом A–Z, a–z, 0–9, «-», «_»).</translation>
    </message>
    <message>
        <source>OpenSSL refused the key (%1).</source>
        <translation>OpenSSL отклонил ключ (%1).</translation>
    </message>
    <message>
        <source>RSA keys with more than two primes (“oth”) are not supported.</source>
        <translation>Ключи RSA с более чем двумя простыми множителями («oth») не поддерживаются.</translation>
    </message>
    <message>
        <source>The RSA JWK needs both “n” and “e”.</source>
        <translation>Для JWK типа RSA нужны и «n», и «e».</translation>
    </message>
    <message>
        <source>The RSA JWK has some of “p”, “q”, “dp”, “dq”, “qi” but not all of them with “d”.</source>
        <translation>В JWK типа RSA есть часть из «p», «q», «dp», «dq», «qi», но не все они вместе с «d».</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s curve “%1” is not one JWS uses (P-256, P-384, P-521).</source>
        <translation>Кривая «%1» в JWK типа EC не используется в JWS (P-256, P-384, P-521).</translation>
    </message>
    <message>
        <source>The EC JWK needs both “x” and “y”.</source>
        <translation>Для JWK типа EC нужны и «x», и «y».</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s coordinates must be %1 bytes each for %2.</source>
        <translation>Для %2 каждая координата в JWK типа EC должна занимать %1 байт.</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s point (x, y) is not on the curve %1.</source>
        <translation>Точка (x, y) в JWK типа EC не лежит на кривой %1.</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s private value “d” does not match its public point (x, y).</source>
        <translation>Закрытое значение «d» в JWK типа EC не соответствует его открытой точке (x, y).</translation>
    </message>
    <message>
        <source>The OKP JWK&apos;s curve “%1” is not supported; PortalKeys uses Ed25519 for EdDSA.</source>
        <translation>Кривая «%1» в JWK типа OKP не поддерживается; для EdDSA PortalKeys использует Ed25519.</translation>
    </message>
    <message>
        <source>The OKP JWK needs “x”.</source>
        <translation>Для JWK типа OKP нужен «x».</translation>
    </message>
    <message>
        <source>Ed25519 keys are 32 bytes; this JWK&apos;s “x” or “d” has another length.</source>
        <translation>Ключи Ed25519 занимают 32 байта; у «x» или «d» в этом JWK другая длина.</translation>
    </message>
    <message>
        <source>The OKP JWK&apos;s private value “d” does not match its public value “x”.</source>
        <translation>Закрытое значение «d» в JWK типа OKP не соответствует его открытому значению «x».</translation>
    </message>
    <message>
        <source>The JWK has no “kty” member saying what kind of key it is.</source>
        <translation>В JWK нет элемента «kty», указывающего тип ключа.</translation>
    </message>
    <message>
        <source>The JWK&apos;s “kid” is not a string.</source>
        <translation>«kid» в JWK не является строкой.</translation>
    </message>
    <message>
        <source>The JWK is marked for encryption (“use”: “enc”), not for signatures.</source>
        <translation>JWK предназначен для шифрования («use»: «enc»), а не для подписей.</translation>
    </message>
    <message>
        <source>The JWK is for the algorithm “%1”, which is not a JWS signature algorithm PortalKeys supports.</source>
        <translation>JWK предназначен для алгоритма «%1», который не является алгоритмом подписи JWS, поддерживаемым PortalKeys.</translation>
    </message>
    <message>
        <source>The symmetric JWK (“oct”) has no “k” member.</source>
        <translation>В симметричном JWK («oct») нет элемента «k».</translation>
    </message>
    <message>
        <source>The JWK type “%1” is not supported (RSA, EC, OKP and oct are).</source>
        <translation>Тип JWK «%1» не поддерживается (поддерживаются RSA, EC, OKP и oct).</translation>
    </message>
    <message>
        <source>The JWK Set&apos;s “keys” holds something that is not a JWK object.</source>
        <translation>Элемент «keys» в JWK Set содержит что-то, кроме объектов JWK.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(нет kid)</translation>
    </message>
    <message>
        <source>The JWK Set holds no keys.</source>
        <translation>JWK Set не содержит ключей.</translation>
    </message>
    <message>
        <source>The JWK Set holds %1 keys; choose one by its kid: %2.</source>
        <translation>JWK Set содержит ключей: %1; выберите один по его kid: %2.</translation>
    </message>
    <message>
        <source>No key with kid “%1” in the JWK Set (it has: %2).</source>
        <translation>В JWK Set нет ключа с kid «%1» (есть: %2).</translation>
    </message>
</context>
<context>
    <name>JwsCrypto</name>
    <message>
        <source>This key cannot verify %1 signatures.</source>
        <translation>Этот ключ не может проверять подписи %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation>OpenSSL не удалось вычислить HMAC.</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed, or it was signed with another secret.</source>
        <translation>Подпись не совпадает: токен был изменен или подписан другим секретом.</translation>
    </message>
    <message>
        <source>An %1 signature is exactly %2 bytes (R and S of %3 bytes each, RFC 7518 §3.4); this one has %4 bytes%5.</source>
        <translation>Подпись %1 занимает ровно %2 байт (R и S по %3 байт, RFC 7518 §3.4); у этой — %4 байт%5.</translation>
    </message>
    <message>
        <source> and looks DER-encoded, which JWS does not use</source>
        <translation> и она, похоже, закодирована в DER, который в JWS не используется</translation>
    </message>
    <message>
        <source>The ECDSA signature cannot be read.</source>
        <translation>Не удается прочитать подпись ECDSA.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification (%2).</source>
        <translation>OpenSSL не удалось подготовить проверку %1 (%2).</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed, or it was signed with another key.</source>
        <translation>Подпись не совпадает: токен был изменен или подписан другим ключом.</translation>
    </message>
    <message>
        <source>This key cannot sign with %1.</source>
        <translation>Этот ключ не может подписывать с помощью %1.</translation>
    </message>
    <message>
        <source>Signing needs a private key; this is a public key.</source>
        <translation>Для подписи нужен закрытый ключ; это открытый ключ.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with %1 (%2).</source>
        <translation>OpenSSL не удалось подписать с помощью %1 (%2).</translation>
    </message>
    <message>
        <source>OpenSSL produced an ECDSA signature that cannot be converted to JWS form.</source>
        <translation>OpenSSL создал подпись ECDSA, которую нельзя преобразовать в форму JWS.</translation>
    </message>
</context>
<context>
    <name>JwtForm</name>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string (“%1”)</source>
        <translation>строка («%1»)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>это %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>они пусты</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>это не JSON</translation>
    </message>
    <message>
        <source>The header&apos;s “kid” is %1, not a string (RFC 7515 §4.1.4), so the token is invalid.</source>
        <translation>«kid» в заголовке — %1, а не строка (RFC 7515 §4.1.4), поэтому токен недействителен.</translation>
    </message>
    <message>
        <source>A key id names the key by text. Verifiers that pick keys by “kid” find none for other values, and recent PyJWT refuses the token: have the issuer write the key id as a string.</source>
        <translation>Идентификатор ключа называет ключ текстом. Проверяющие стороны, которые выбирают ключи по «kid», не найдут ключа для значений другого типа, а последние версии PyJWT отклоняют такой токен: попросите издателя записывать идентификатор ключа строкой.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object (%1), so the token is not a valid JWT: its claims must be a JSON object (RFC 7519 §7.2).</source>
        <translation>Полезные данные не являются объектом JSON (%1), поэтому токен не является корректным JWT: его утверждения должны быть объектом JSON (RFC 7519 §7.2).</translation>
    </message>
    <message>
        <source>JWT libraries such as PyJWT, jose and golang-jwt refuse such a token. Only a plain JWS may carry other data; check it as one if that is what it is meant to be.</source>
        <translation>Библиотеки JWT, такие как PyJWT, jose и golang-jwt, отклоняют такой токен. Другие данные может содержать только обычный JWS; проверьте его как JWS, если он им и должен быть.</translation>
    </message>
    <message>
        <source>The “%1” claim is %2, not a NumericDate (a JSON number of seconds, RFC 7519 §2), so the token is invalid.</source>
        <translation>Утверждение «%1» — %2, а не NumericDate (число секунд в JSON, RFC 7519 §2), поэтому токен недействителен.</translation>
    </message>
    <message>
        <source>Times in a JWT are plain numbers of seconds since 1970-01-01 UTC, never text or other values. Libraries refuse a token whose “exp”, “nbf” or “iat” is anything else, so the issuer must write the number itself.</source>
        <translation>Время в JWT — это просто число секунд с 1970-01-01 UTC, а не текст или другие значения. Библиотеки отклоняют токен, у которого «exp», «nbf» или «iat» — что-то другое, поэтому издатель должен записывать само число.</translation>
    </message>
</context>
<context>
    <name>Key</name>
    <message>
        <source>The JWK Set&apos;s “keys” member is not an array.</source>
        <translation>Элемент «keys» в JWK Set не является массивом.</translation>
    </message>
    <message>
        <source>The JWK&apos;s kid is “%1”, not “%2”.</source>
        <translation>kid этого JWK — «%1», а не «%2».</translation>
    </message>
    <message>
        <source>The secret is not valid base64.</source>
        <translation>Секрет не является корректным base64.</translation>
    </message>
    <message>
        <source>The secret is not valid base64url.</source>
        <translation>Секрет не является корректным base64url.</translation>
    </message>
    <message>
        <source>The secret is not valid hex: it needs an even number of the digits 0–9 and a–f.</source>
        <translation>Секрет не является корректным шестнадцатеричным значением: нужно четное количество цифр 0–9 и a–f.</translation>
    </message>
    <message>
        <source>The secret cannot be read.</source>
        <translation>Не удается прочитать секрет.</translation>
    </message>
    <message>
        <source>This is not PEM: there is no “-----BEGIN …-----” line.</source>
        <translation>Это не PEM: нет строки «-----BEGIN …-----».</translation>
    </message>
    <message>
        <source>The private key is encrypted with a pass phrase; PortalKeys reads unencrypted keys only (for example, decrypt it with “openssl pkey”).</source>
        <translation>Закрытый ключ зашифрован парольной фразой; PortalKeys читает только незашифрованные ключи (расшифровать его можно, например, с помощью «openssl pkey»).</translation>
    </message>
    <message>
        <source>OpenSSL could not read the PEM data.</source>
        <translation>OpenSSL не удалось прочитать данные PEM.</translation>
    </message>
    <message>
        <source>The PEM certificate cannot be read (%1).</source>
        <translation>Не удается прочитать сертификат PEM (%1).</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read (%1).</source>
        <translation>Не удается прочитать открытый ключ сертификата (%1).</translation>
    </message>
    <message>
        <source>The PEM private key cannot be read (%1).</source>
        <translation>Не удается прочитать закрытый ключ PEM (%1).</translation>
    </message>
    <message>
        <source>The PEM public key cannot be read (%1).</source>
        <translation>Не удается прочитать открытый ключ PEM (%1).</translation>
    </message>
    <message>
        <source>The PEM RSA public key cannot be read (%1).</source>
        <translation>Не удается прочитать открытый ключ RSA в PEM (%1).</translation>
    </message>
    <message>
        <source>The PEM block “%1” holds no key: PortalKeys reads public keys, private keys and certificates.</source>
        <translation>Блок PEM «%1» не содержит ключа: PortalKeys читает открытые ключи, закрытые ключи и сертификаты.</translation>
    </message>
    <message>
        <source>The key file looks like JSON but cannot be read: %1.</source>
        <translation>Файл ключа похож на JSON, но прочитать его не удается: %1.</translation>
    </message>
    <message>
        <source>The key file is JSON but not a JWK or JWK Set object.</source>
        <translation>Файл ключа содержит JSON, но не объект JWK или JWK Set.</translation>
    </message>
    <message>
        <source>The key file is neither PEM (“-----BEGIN …”) nor a JWK or JWK Set (JSON).</source>
        <translation>Файл ключа не является ни PEM («-----BEGIN …»), ни JWK или JWK Set (JSON).</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>ключ не задан</translation>
    </message>
    <message>
        <source>HMAC secret (%1 bytes)</source>
        <translation>секрет HMAC (%1 байт)</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>закрытый ключ RSA, %1 бит</translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation>открытый ключ RSA, %1 бит</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>закрытый ключ %1</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>открытый ключ %1</translation>
    </message>
    <message>
        <source>The HMAC key is empty.</source>
        <translation>Ключ HMAC пуст.</translation>
    </message>
    <message>
        <source>Anyone can compute a valid signature with an empty key, so the token proves nothing. Use a random secret of at least %1 bytes.</source>
        <translation>С пустым ключом любой может вычислить действительную подпись, поэтому токен ничего не доказывает. Используйте случайный секрет длиной не менее %1 байт.</translation>
    </message>
    <message>
        <source>The HMAC key is shorter than the hash (%1 of %2 bytes).</source>
        <translation>Ключ HMAC короче хеша (%1 из %2 байт).</translation>
    </message>
    <message>
        <source>RFC 7518 §3.2 requires an HMAC key at least as long as the hash output (%1 bytes for %2). Short keys, especially words or phrases, can be found by trying candidates offline against any token. Use a random secret of at least %1 bytes.</source>
        <translation>RFC 7518 §3.2 требует, чтобы ключ HMAC был не короче результата хеш-функции (%1 байт для %2). Короткие ключи, особенно слова или фразы, можно найти, перебирая варианты в офлайн-режиме на любом токене. Используйте случайный секрет длиной не менее %1 байт.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, fewer than 2048.</source>
        <translation>Длина ключа RSA — %1 бит, меньше 2048.</translation>
    </message>
    <message>
        <source>RFC 7518 §3.3 requires RSA keys of 2048 bits or more for RS* and PS* signatures; shorter keys can be factored with enough computing power. Replace the key with one of at least 2048 bits.</source>
        <translation>RFC 7518 §3.3 требует для подписей RS* и PS* ключей RSA длиной не менее 2048 бит; более короткие ключи можно разложить на множители при достаточной вычислительной мощности. Замените ключ ключом длиной не менее 2048 бит.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>добавлено ключей: %n</numerusform>
            <numerusform>добавлено ключей: %n</numerusform>
            <numerusform>добавлено ключей: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>изменено: %n</numerusform>
            <numerusform>изменено: %n</numerusform>
            <numerusform>изменено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>очищено: %n</numerusform>
            <numerusform>очищено: %n</numerusform>
            <numerusform>очищено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message numerus="yes">
        <source>•••• (%n character(s))</source>
        <translation>
            <numerusform>•••• (%n символ)</numerusform>
            <numerusform>•••• (%n символа)</numerusform>
            <numerusform>•••• (%n символов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n line(s))</source>
        <translation>
            <numerusform>%1… (%n строка)</numerusform>
            <numerusform>%1… (%n строки)</numerusform>
            <numerusform>%1… (%n строк)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: без изменений</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: задано значение %2</translation>
    </message>
    <message>
        <source>%1: changed from %2 to %3</source>
        <translation>%1: изменено с %2 на %3</translation>
    </message>
    <message>
        <source>%1: cleared (was %2)</source>
        <translation>%1: очищено (было %2)</translation>
    </message>
</context>
<context>
    <name>KeyDrift</name>
    <message>
        <source>same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>отличается</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>только здесь</translation>
    </message>
    <message>
        <source>only there</source>
        <translation>только там</translation>
    </message>
</context>
<context>
    <name>KeyLoader</name>
    <message>
        <source>OpenSSL could not build the key.</source>
        <translation>OpenSSL не удалось построить ключ.</translation>
    </message>
    <message>
        <source>This EC key is not on P-256, P-384 or P-521, the curves JWS uses (ES256, ES384, ES512).</source>
        <translation>Этот ключ EC не использует P-256, P-384 или P-521 — кривые, применяемые в JWS (ES256, ES384, ES512).</translation>
    </message>
    <message>
        <source>This is a %1 key; PortalKeys signs and verifies with RSA, EC (P-256, P-384, P-521) and Ed25519 keys, or HMAC secrets.</source>
        <translation>Тип ключа: %1; PortalKeys подписывает и проверяет ключами RSA, EC (P-256, P-384, P-521) и Ed25519 или секретами HMAC.</translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>The key says it is for %1, which does not fit a %2 key.</source>
        <translation>В ключе указано, что он предназначен для %1, а это не подходит для ключа %2.</translation>
    </message>
</context>
<context>
    <name>KeySourceLoader</name>
    <message>
        <source>offline drafts</source>
        <translation>офлайн-черновики</translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1 in the draft for %2; it counts as absent.</source>
        <translation>Секрет отсутствует: в связке ключей больше нет значения %1 из черновика для %2; оно считается отсутствующим.</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>портал %1</translation>
    </message>
</context>
<context>
    <name>KeyValidator</name>
    <message>
        <source>&quot;%1&quot; must be one of %2; pick one of them.</source>
        <translation>Значение «%1» должно быть одним из следующих: %2; выберите одно из них.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a switch; set it to true or false.</source>
        <translation>«%1» — переключатель; задайте значение true или false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; enter digits only.</source>
        <translation>Значение «%1» должно быть целым числом; вводите только цифры.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the whole .p8 file, from the -----BEGIN PRIVATE KEY----- line to the -----END PRIVATE KEY----- line; paste the file&apos;s content again.</source>
        <translation>Поле «%1» должно содержать весь файл .p8, от строки -----BEGIN PRIVATE KEY----- до строки -----END PRIVATE KEY-----; вставьте содержимое файла снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password that the portal cannot enter; paste the unencrypted .p8 file that Apple Developer gave you.</source>
        <translation>Поле «%1» защищено паролем, который портал не может ввести; вставьте незашифрованный файл .p8, полученный в Apple Developer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a %2 block instead of the PRIVATE KEY block of a .p8 file; paste the key file downloaded from the Keys section of Apple Developer.</source>
        <translation>Поле «%1» содержит блок %2 вместо блока PRIVATE KEY файла .p8; вставьте файл ключа, скачанный в разделе Keys в Apple Developer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stops before the -----END PRIVATE KEY----- line; paste the whole .p8 file again.</source>
        <translation>Содержимое поля «%1» обрывается до строки -----END PRIVATE KEY-----; вставьте весь файл .p8 снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable private key, so part of it was probably lost or changed; paste the .p8 file again without editing it.</source>
        <translation>Поле «%1» не содержит читаемого закрытого ключа — вероятно, его часть потеряна или изменена; вставьте файл .p8 снова, не редактируя его.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has lost the line breaks of the .p8 file; paste the file&apos;s content again with its lines as they are.</source>
        <translation>В поле «%1» потеряны переносы строк файла .p8; вставьте содержимое файла снова, сохранив строки как есть.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a P-256 elliptic-curve key, which Sign in with Apple needs; check that you took the key from the Keys section of Apple Developer.</source>
        <translation>В поле «%1» не ключ на эллиптической кривой P-256, который нужен для Sign in with Apple; убедитесь, что вы взяли ключ из раздела Keys в Apple Developer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete JSON file (%2 at character %3); paste the whole key file again, from the first { to the last }.</source>
        <translation>Поле «%1» не содержит полного JSON-файла (%2, символ %3); вставьте весь файл ключа снова, от первой { до последней }.</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>нет объекта JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a user&apos;s credentials, not a service-account key; create a JSON key for a service account in the Google Cloud console.</source>
        <translation>Поле «%1» содержит учетные данные пользователя, а не ключ сервисного аккаунта; создайте JSON-ключ для сервисного аккаунта в консоли Google Cloud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service-account key (its type is not service_account); create a JSON key for a service account in the Google Cloud console.</source>
        <translation>Поле «%1» не содержит ключа сервисного аккаунта (его тип — не service_account); создайте JSON-ключ для сервисного аккаунта в консоли Google Cloud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks %2; download a new JSON key for the service account rather than editing the file.</source>
        <translation>В поле «%1» отсутствует %2; скачайте новый JSON-ключ для сервисного аккаунта, а не редактируйте файл.</translation>
    </message>
    <message>
        <source>The private_key inside &quot;%1&quot; cannot be read; download a new JSON key for the service account rather than editing the file.</source>
        <translation>Не удается прочитать private_key в поле «%1»; скачайте новый JSON-ключ для сервисного аккаунта, а не редактируйте файл.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name only; enter %2, without https:// or a path.</source>
        <translation>Поле «%1» должно содержать только имя хоста; введите %2 без https:// и пути.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name such as account-d.docusign.com; enter the DocuSign authentication host without anything around it.</source>
        <translation>Поле «%1» должно содержать имя хоста, например account-d.docusign.com; введите хост аутентификации DocuSign без каких-либо дополнений.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is usually account-d.docusign.com (developer sandbox) or account.docusign.com (production); check that this host is the one DocuSign gave you.</source>
        <translation>Обычно в поле «%1» указывается account-d.docusign.com (среда разработчика) или account.docusign.com (рабочая среда); убедитесь, что это тот хост, который вам выдал DocuSign.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a full web address such as https://cloud.example.com; copy it from the browser&apos;s address bar.</source>
        <translation>Поле «%1» должно содержать полный веб-адрес, например https://cloud.example.com; скопируйте его из адресной строки браузера.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a user name or password; remove the part before the @ sign.</source>
        <translation>Поле «%1» не должно содержать имя пользователя или пароль; удалите часть до знака @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with http://, so sign-ins travel unencrypted; use the server&apos;s https:// address if it has one.</source>
        <translation>Значение «%1» начинается с http://, поэтому данные для входа передаются без шифрования; используйте адрес сервера с https://, если он есть.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads out of the portal&apos;s own storage folder for external databases, and the portal refuses such a path; enter only the name of a file in that folder, such as forms.db.</source>
        <translation>Путь в поле «%1» выходит за пределы собственной папки хранилища портала для внешних баз данных, а такой путь портал отклоняет; введите только имя файла в этой папке, например forms.db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a file name without / or \; put the database file directly into the portal&apos;s own storage folder for external databases and enter only its name, such as forms.db.</source>
        <translation>Поле «%1» должно содержать имя файла без / и \; поместите файл базы данных непосредственно в собственную папку хранилища портала для внешних баз данных и введите только его имя, например forms.db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the storage folder itself, not a file; enter the name of the database file, such as forms.db.</source>
        <translation>Поле «%1» указывает на саму папку хранилища, а не на файл; введите имя файла базы данных, например forms.db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the ID without the curly braces around it; remove the braces.</source>
        <translation>Поле «%1» должно содержать ID без фигурных скобок вокруг него; удалите скобки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ID of the form 1a2b3c4d-0000-1111-2222-333344445555 (32 hexadecimal digits in five groups); copy it from the provider&apos;s console again.</source>
        <translation>Поле «%1» должно содержать ID вида 1a2b3c4d-0000-1111-2222-333344445555 (32 шестнадцатеричные цифры в пяти группах); скопируйте его из консоли поставщика снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an API key SID; enter the Account SID instead, which starts with AC and is shown in the Twilio Console&apos;s Account Info.</source>
        <translation>Поле «%1» содержит SID ключа API; введите вместо него Account SID, который начинается с AC и указан в разделе Account Info консоли Twilio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be AC followed by 32 hexadecimal digits (34 characters in all); copy the Account SID from the Twilio Console again.</source>
        <translation>Поле «%1» должно содержать AC и 32 шестнадцатеричные цифры (всего 34 символа); скопируйте Account SID из консоли Twilio снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 16 to 128 letters, digits or underscores; copy the access key ID again, not the secret access key.</source>
        <translation>Поле «%1» должно содержать от 16 до 128 букв, цифр или символов подчеркивания; скопируйте снова идентификатор ключа доступа (access key ID), а не секретный ключ доступа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a temporary AWS key (ASIA…) that stops working when its session ends; for lasting access use an IAM user&apos;s access key (AKIA…).</source>
        <translation>Поле «%1» содержит временный ключ AWS (ASIA…), который перестает работать по окончании сеанса; для постоянного доступа используйте ключ доступа пользователя IAM (AKIA…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an AWS access key ID (AKIA…), which is fine for S3-compatible storage; otherwise check that you copied the right value.</source>
        <translation>Значение «%1» не похоже на идентификатор ключа доступа AWS (AKIA…); для S3-совместимого хранилища это нормально, в остальных случаях проверьте, что вы скопировали нужное значение.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be exactly 10 characters long, not %2; copy it again from Apple Developer.</source>
        <translation>Значение «%1» должно содержать ровно 10 символов, а не %2; скопируйте его из Apple Developer снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only capital letters and digits; copy it again from Apple Developer.</source>
        <translation>Значение «%1» может содержать только заглавные буквы и цифры; скопируйте его из Apple Developer снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must look like 123456789:AAE…, digits, a colon and then letters, digits, - or _; copy the token from BotFather again.</source>
        <translation>Значение «%1» должно иметь вид 123456789:AAE… — цифры, двоеточие, а затем буквы, цифры, - или _; скопируйте токен из BotFather снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not end in .apps.googleusercontent.com as Google&apos;s OAuth client IDs do; check that you copied the Client ID and not another value.</source>
        <translation>Значение «%1» не заканчивается на .apps.googleusercontent.com, как идентификаторы клиентов OAuth в Google; убедитесь, что вы скопировали Client ID, а не другое значение.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a port number from 1 to 65535, such as 3306 for MySQL.</source>
        <translation>Значение «%1» должно быть номером порта от 1 до 65535, например 3306 для MySQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an MD5 hash in capital letters, but the portal expects the hash in lower case; convert it to lower case.</source>
        <translation>Значение «%1» похоже на хеш MD5 заглавными буквами, но портал ожидает хеш в нижнем регистре; переведите его в нижний регистр.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds only spaces or line breaks; clear it or enter the key.</source>
        <translation>Поле «%1» содержит только пробелы или переносы строк; очистите его или введите ключ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with spaces or line breaks; remove the spaces, or the portal stores them as part of the key.</source>
        <translation>Значение «%1» начинается или заканчивается пробелами или переносами строк; удалите их, иначе портал сохранит их как часть ключа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single line; remove the line breaks that came with the paste.</source>
        <translation>Значение «%1» должно занимать одну строку; удалите переносы строк, появившиеся при вставке.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long, more than the %3 the portal stores; check that you copied only the key.</source>
        <translation>Длина значения «%1» — %2 симв., больше, чем сохраняет портал (%3); убедитесь, что вы скопировали только ключ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long, more than the %3 the portal&apos;s settings page accepts; it can be saved from here, but not edited on that page.</source>
        <translation>Длина значения «%1» — %2 симв., больше, чем принимает страница настроек портала (%3); сохранить его отсюда можно, но изменить на той странице — нет.</translation>
    </message>
</context>
<context>
    <name>KeychainRepair</name>
    <message numerus="yes">
        <source>Removed %n keychain entry left behind by an interrupted save.</source>
        <translation>
            <numerusform>Удалена %n запись связки ключей, оставшаяся после прерванного сохранения.</numerusform>
            <numerusform>Удалены %n записи связки ключей, оставшиеся после прерванного сохранения.</numerusform>
            <numerusform>Удалено %n записей связки ключей, оставшихся после прерванного сохранения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entries left behind by an interrupted save.</source>
        <translation>
            <numerusform>Удалена %n запись связки ключей, оставшаяся после прерванного сохранения.</numerusform>
            <numerusform>Удалены %n записи связки ключей, оставшиеся после прерванного сохранения.</numerusform>
            <numerusform>Удалено %n записей связки ключей, оставшихся после прерванного сохранения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFile</name>
    <message>
        <source>%1 is larger than 4 MiB, so it is not read.</source>
        <translation>%1 больше 4 МиБ, поэтому не читается.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не удается прочитать: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3). PortalKeys leaves it as it is; fix or remove it to go on.</source>
        <translation>%1 поврежден (%2, байт %3). PortalKeys оставляет его без изменений; чтобы продолжить, исправьте или удалите его.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PortalKeys (format %2); this version reads format %3. Update PortalKeys.</source>
        <translation>%1 записан более новой версией PortalKeys (формат %2); эта версия читает формат %3. Обновите PortalKeys.</translation>
    </message>
    <message>
        <source>%1 has no format version; it is not a PortalKeys file.</source>
        <translation>%1 не содержит версии формата; это не файл PortalKeys.</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (процесс %2)</translation>
    </message>
    <message>
        <source>another PortalKeys process</source>
        <translation>другой процесс PortalKeys</translation>
    </message>
    <message>
        <source>%1 was not changed: %2 has been changing it for more than %3 seconds. Try again; if that process hangs, end it (a lock left by a process that ended is removed by itself).</source>
        <translation>%1 не изменен: %2 изменяет его уже более %3 с. Повторите попытку; если этот процесс завис, завершите его (блокировка, оставленная завершившимся процессом, снимается сама).</translation>
    </message>
    <message>
        <source>%1 was not changed: the lock file %2 cannot be created.</source>
        <translation>%1 не изменен: не удается создать файл блокировки %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удается создать папку %1.</translation>
    </message>
</context>
<context>
    <name>NamedSecret</name>
    <message>
        <source>The name of the secret is empty.</source>
        <translation>Имя секрета пусто.</translation>
    </message>
    <message>
        <source>The name of the secret starts or ends with a space.</source>
        <translation>Имя секрета начинается или заканчивается пробелом.</translation>
    </message>
    <message>
        <source>The name of the secret is longer than %1 characters.</source>
        <translation>Имя секрета длиннее %1 символов.</translation>
    </message>
    <message>
        <source>The name of the secret contains a control character.</source>
        <translation>Имя секрета содержит управляющий символ.</translation>
    </message>
</context>
<context>
    <name>NewApiKey</name>
    <message>
        <source>Give the key a name.</source>
        <translation>Укажите имя ключа.</translation>
    </message>
    <message>
        <source>The name has %1 characters; the portal takes at most %2.</source>
        <translation>Длина имени — %1 симв.; портал принимает не более %2.</translation>
    </message>
    <message>
        <source>A key expires after %1 to %2 days, or never.</source>
        <translation>Срок действия ключа — от %1 до %2 дней или бессрочно.</translation>
    </message>
</context>
<context>
    <name>OAuthApp</name>
    <message>
        <source>The portal&apos;s update call has no field for it; register a new app to use another value.</source>
        <translation>В запросе портала на обновление нет такого поля; чтобы использовать другое значение, зарегистрируйте новое приложение.</translation>
    </message>
    <message>
        <source>The portal&apos;s update call ignores it (older documentation says otherwise); register a new app to change it.</source>
        <translation>Запрос портала на обновление игнорирует это поле (в старой документации сказано иное); чтобы изменить его, зарегистрируйте новое приложение.</translation>
    </message>
    <message>
        <source>The portal assigns it.</source>
        <translation>Назначается порталом.</translation>
    </message>
    <message>
        <source>Only the portal makes a new one (regenerate secret).</source>
        <translation>Новый может создать только портал (сброс секрета).</translation>
    </message>
    <message>
        <source>Changed by enabling or disabling the app, not by an update.</source>
        <translation>Меняется включением или отключением приложения, а не обновлением.</translation>
    </message>
    <message>
        <source>Follows from allow_pkce.</source>
        <translation>Определяется значением allow_pkce.</translation>
    </message>
    <message>
        <source>The portal sets it to true for every app.</source>
        <translation>Портал устанавливает значение true для каждого приложения.</translation>
    </message>
</context>
<context>
    <name>OAuthAppIssue</name>
    <message>
        <source>The portal refused this field (%1).</source>
        <translation>Портал отклонил это поле (%1).</translation>
    </message>
</context>
<context>
    <name>OAuthAppValidator</name>
    <message>
        <source>“%1” must be text (a JSON string).</source>
        <translation>«%1» должно быть текстом (строкой JSON).</translation>
    </message>
    <message>
        <source>“%1” must be a list of text values (a JSON array).</source>
        <translation>«%1» должно быть списком текстовых значений (массивом JSON).</translation>
    </message>
    <message>
        <source>Every entry of “%1” must be text (a JSON string).</source>
        <translation>Каждый элемент «%1» должен быть текстом (строкой JSON).</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>«%1» должно иметь значение true или false.</translation>
    </message>
    <message>
        <source>“is_public” is false here, but the portal sets it to true for every app, so it is sent as true.</source>
        <translation>«is_public» здесь имеет значение false, но портал устанавливает true для каждого приложения, поэтому отправляется true.</translation>
    </message>
    <message>
        <source>This file holds a client secret. Keep secrets out of draft files: the portal ignores it here, and anyone who can read the file can sign in as the app.</source>
        <translation>Этот файл содержит секрет клиента. Не храните секреты в файлах черновиков: здесь портал его игнорирует, а любой, кто может прочитать файл, сможет войти от имени приложения.</translation>
    </message>
    <message>
        <source>“%1” is not a field of an OAuth app; the portal ignores it.</source>
        <translation>«%1» не является полем приложения OAuth; портал его игнорирует.</translation>
    </message>
    <message>
        <source>The app name is required.</source>
        <translation>Название приложения обязательно.</translation>
    </message>
    <message>
        <source>The app name needs at least %1 characters.</source>
        <translation>Название приложения должно содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The app name can have at most %1 characters; this one has %2.</source>
        <translation>Название приложения может содержать не более %1 символов; в этом — %2.</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters; this one has %2.</source>
        <translation>Описание может содержать не более %1 символов; в этом — %2.</translation>
    </message>
    <message>
        <source>An app icon is required: a PNG, JPEG or SVG image of 32×32 pixels.</source>
        <translation>Требуется иконка приложения: изображение PNG, JPEG или SVG размером 32×32 пикселя.</translation>
    </message>
    <message>
        <source>The icon is %1×%2 pixels; the portal shows it at %3×%3, so scale it to that size first.</source>
        <translation>Размер иконки — %1×%2 пикселей; портал показывает ее в размере %3×%3, поэтому сначала масштабируйте ее до этого размера.</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <source>at most %1 characters are allowed; this one has %2.</source>
        <translation>допускается не более %1 символов, здесь — %2.</translation>
    </message>
    <message>
        <source>a URL cannot contain spaces or line breaks.</source>
        <translation>URL-адрес не может содержать пробелы или переносы строк.</translation>
    </message>
    <message>
        <source>start it with https:// (https://%1).</source>
        <translation>адрес должен начинаться с https:// (https://%1).</translation>
    </message>
    <message>
        <source>only https:// and http:// addresses are allowed, not %1://.</source>
        <translation>допускаются только адреса https:// и http://, а не %1://.</translation>
    </message>
    <message>
        <source>the portal takes the scheme only in lower case: %1.</source>
        <translation>портал принимает схему только в нижнем регистре: %1.</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed.</source>
        <translation>имя пользователя или пароль в URL-адресе не допускаются.</translation>
    </message>
    <message>
        <source>the portal takes a domain name or an IPv4 address here, not an IPv6 address.</source>
        <translation>здесь портал принимает доменное имя или адрес IPv4, но не адрес IPv6.</translation>
    </message>
    <message>
        <source>the URL has no host name.</source>
        <translation>в URL-адресе нет имени хоста.</translation>
    </message>
    <message>
        <source>the portal refuses “localhost” here (its URL pattern wants a domain name with a dot or an IPv4 address); use %1 instead.</source>
        <translation>здесь портал не принимает «localhost» (его шаблон URL требует доменное имя с точкой или адрес IPv4); используйте вместо него %1.</translation>
    </message>
    <message>
        <source>write the host name in its ASCII form: %1.</source>
        <translation>запишите имя хоста в форме ASCII: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a host name the portal takes: it needs a domain with a dot and a top-level domain of two or more letters (such as example.com), or an IPv4 address.</source>
        <translation>«%1» — не то имя хоста, которое принимает портал: нужен домен с точкой и доменом верхнего уровня из двух или более букв (например, example.com) или адрес IPv4.</translation>
    </message>
    <message>
        <source>put a “/” between the host name and “%1”.</source>
        <translation>поставьте «/» между именем хоста и «%1».</translation>
    </message>
    <message>
        <source>the portal&apos;s URL pattern does not allow percent-encoded characters (“%”).</source>
        <translation>шаблон URL портала не допускает символы в процентной кодировке («%»).</translation>
    </message>
    <message>
        <source>the portal&apos;s URL pattern does not allow the character “%1”.</source>
        <translation>шаблон URL портала не допускает символ «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>«%1» не является корректным URL-адресом.</translation>
    </message>
    <message>
        <source>the URL does not match the portal&apos;s URL pattern.</source>
        <translation>URL-адрес не соответствует шаблону URL портала.</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>Эта запись пуста.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <translation>«%1…» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>“%1” contains spaces or line breaks.</source>
        <translation>«%1» содержит пробелы или переносы строк.</translation>
    </message>
    <message>
        <source>“%1” is not a URL; it needs https://, http:// or claude:// in front.</source>
        <translation>«%1» не является URL-адресом; в начале нужен https://, http:// или claude://.</translation>
    </message>
    <message>
        <source>“%1”: only https://, http:// and claude:// addresses are allowed.</source>
        <translation>«%1»: допускаются только адреса https://, http:// и claude://.</translation>
    </message>
    <message>
        <source>An allowed origin cannot have a query (?…) or a fragment (#…); use %1.</source>
        <translation>Разрешенный источник не может содержать запрос (?…) или фрагмент (#…); используйте %1.</translation>
    </message>
    <message>
        <source>A redirect URL cannot have a query (?…) or a fragment (#…); use %1.</source>
        <translation>URL-адрес перенаправления не может содержать запрос (?…) или фрагмент (#…); используйте %1.</translation>
    </message>
    <message>
        <source>“%1” has a user name or password in it, which browsers do not send; leave it out.</source>
        <translation>«%1» содержит имя пользователя или пароль, которые браузеры не отправляют; уберите их.</translation>
    </message>
    <message>
        <source>“%1” has no host name, so no browser can go there.</source>
        <translation>В «%1» нет имени хоста, поэтому ни один браузер не сможет туда перейти.</translation>
    </message>
    <message>
        <source>“%1”: an origin is only a scheme, a host and a port, as browsers send it, so this one never matches; use %2.</source>
        <translation>«%1»: источник — это только схема, хост и порт в том виде, в каком их отправляет браузер, поэтому это значение никогда не совпадет; используйте %2.</translation>
    </message>
    <message>
        <source>“%1” uses plain http, so the authorization code would travel unencrypted; use https, or http only to this computer (127.0.0.1).</source>
        <translation>«%1» использует обычный http, поэтому код авторизации передавался бы без шифрования; используйте https, а http — только для этого компьютера (127.0.0.1).</translation>
    </message>
    <message>
        <source>At least one allowed origin is required.</source>
        <translation>Требуется хотя бы один разрешенный источник.</translation>
    </message>
    <message>
        <source>At least one redirect URL is required.</source>
        <translation>Требуется хотя бы один URL-адрес перенаправления.</translation>
    </message>
    <message>
        <source>At most %1 allowed origins are possible; this list has %2.</source>
        <translation>Допускается не более %1 разрешенных источников; в этом списке — %2.</translation>
    </message>
    <message>
        <source>At most %1 redirect URLs are possible; this list has %2.</source>
        <translation>Допускается не более %1 URL-адресов перенаправления; в этом списке — %2.</translation>
    </message>
    <message>
        <source>“%1” is listed twice; the portal keeps it once.</source>
        <translation>«%1» указан дважды; портал сохранит его один раз.</translation>
    </message>
    <message>
        <source>“%1” is the same address as “%2” before it (host names do not depend on case); the portal keeps both.</source>
        <translation>«%1» — тот же адрес, что и «%2» выше (имена хостов не зависят от регистра); портал сохранит оба.</translation>
    </message>
    <message>
        <source>At least one scope is required.</source>
        <translation>Требуется хотя бы одна область действия.</translation>
    </message>
    <message>
        <source>“%1” is not a scope the portal knows; it knows %2.</source>
        <translation>«%1» — неизвестная порталу область действия; известны: %2.</translation>
    </message>
    <message>
        <source>“%1” without “%2”: write access implies read access, so add “%2” as the portal&apos;s form does.</source>
        <translation>«%1» без «%2»: доступ на запись подразумевает доступ на чтение, поэтому добавьте «%2», как это делает форма портала.</translation>
    </message>
</context>
<context>
    <name>OAuthServer</name>
    <message>
        <source>The OAuth server&apos;s discovery document has no usable authorization or token endpoint.</source>
        <translation>В документе обнаружения сервера OAuth нет пригодной конечной точки авторизации или токена.</translation>
    </message>
    <message>
        <source>The OAuth server names an endpoint without https (%1); PortalKeys does not send codes or secrets there.</source>
        <translation>Сервер OAuth указывает конечную точку без https (%1); PortalKeys не отправляет туда коды и секреты.</translation>
    </message>
    <message>
        <source>The OAuth server does not support PKCE with S256.</source>
        <translation>Сервер OAuth не поддерживает PKCE с S256.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Enter a passphrase: without one the bundle would not be protected.</source>
        <translation>Введите парольную фразу: без нее пакет не будет защищен.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has only %n character.</source>
        <translation>
            <numerusform>Парольная фраза содержит всего %n символ.</numerusform>
            <numerusform>Парольная фраза содержит всего %n символа.</numerusform>
            <numerusform>Парольная фраза содержит всего %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has only %n characters.</source>
        <translation>
            <numerusform>Парольная фраза содержит всего %n символ.</numerusform>
            <numerusform>Парольная фраза содержит всего %n символа.</numerusform>
            <numerusform>Парольная фраза содержит всего %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at least %1, for example a few unrelated words, so that the bundle stays safe if someone gets the file.</source>
        <translation>Используйте не менее %1 символов, например несколько не связанных между собой слов, чтобы пакет оставался защищенным, если кто-то получит файл.</translation>
    </message>
    <message>
        <source>The passphrase is one of the commonly used secrets that are tried first.</source>
        <translation>Эта парольная фраза — один из распространенных секретов, которые перебирают в первую очередь.</translation>
    </message>
    <message>
        <source>The passphrase begins or ends with a space, which is easy to miss when you type it again.</source>
        <translation>Парольная фраза начинается или заканчивается пробелом, который легко упустить при повторном вводе.</translation>
    </message>
</context>
<context>
    <name>Pkce</name>
    <message numerus="yes">
        <source>A PKCE code verifier is 43 to 128 characters of A–Z, a–z, 0–9, “-”, “.”, “_” and “~” (RFC 7636 §4.1); this one has %n character(s).</source>
        <translation>
            <numerusform>Верификатор кода PKCE — это от 43 до 128 символов A–Z, a–z, 0–9, «-», «.», «_» и «~» (RFC 7636 §4.1); в этом — %n символ.</numerusform>
            <numerusform>Верификатор кода PKCE — это от 43 до 128 символов A–Z, a–z, 0–9, «-», «.», «_» и «~» (RFC 7636 §4.1); в этом — %n символа.</numerusform>
            <numerusform>Верификатор кода PKCE — это от 43 до 128 символов A–Z, a–z, 0–9, «-», «.», «_» и «~» (RFC 7636 §4.1); в этом — %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>PortalInfo</name>
    <message>
        <source>DocSpace</source>
        <translation>DocSpace</translation>
    </message>
    <message>
        <source>an ONLYOFFICE portal</source>
        <translation>портал ONLYOFFICE</translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation>серверная версия</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>облачная версия</translation>
    </message>
    <message>
        <source>%1 (version not given), %2</source>
        <translation>%1 (версия не указана), %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>The portal&apos;s settings are not an object. Is this a DocSpace portal?</source>
        <translation>Настройки портала не являются объектом. Это точно портал DocSpace?</translation>
    </message>
</context>
<context>
    <name>PortalKeys::ApiKeys::ApiKeyTableModel</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Истек %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Off (expired)</source>
        <translation>Отключен (истек)</translation>
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
        <source>The portal shows only the last four characters of a key after it was made.</source>
        <translation>После создания ключа портал показывает только последние четыре его символа.</translation>
    </message>
    <message>
        <source>Not used since it was made.</source>
        <translation>Не использовался с момента создания.</translation>
    </message>
    <message>
        <source>This key never expires.</source>
        <translation>Этот ключ бессрочный.</translation>
    </message>
    <message>
        <source>Expired %1 (%2). The portal no longer accepts it.</source>
        <translation>Истек %1 (%2). Портал больше не принимает его.</translation>
    </message>
    <message>
        <source>Expires %1 (%2).</source>
        <translation>Истекает %1 (%2).</translation>
    </message>
    <message>
        <source>The portal accepts this key.</source>
        <translation>Портал принимает этот ключ.</translation>
    </message>
    <message>
        <source>Switched off: the portal refuses this key until it is switched on.</source>
        <translation>Отключен: портал отклоняет этот ключ, пока он не будет включен.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Использовано в последний раз</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::KeyApplier</name>
    <message>
        <source>applied</source>
        <translation>применено</translation>
    </message>
    <message>
        <source>would apply</source>
        <translation>будет применено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>This portal does not offer the service “%1” (its version may be older or newer).</source>
        <translation>Этот портал не предлагает сервис «%1» (возможно, его версия старее или новее).</translation>
    </message>
    <message>
        <source>The installation fixed the keys of “%1” in its configuration; they are read-only.</source>
        <translation>Ключи «%1» зафиксированы в конфигурации установки; они доступны только для чтения.</translation>
    </message>
    <message>
        <source>Saved, but the portal reports other values for: %1</source>
        <translation>Сохранено, но портал сообщает другие значения для: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::KeyDriftModel</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(секрет)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(скрыто)</translation>
    </message>
    <message>
        <source>Secret values are compared without being shown.</source>
        <translation>Секретные значения сравниваются без отображения.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Там</translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::ServiceListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Catalog::Product</name>
    <message>
        <source>DocSpace</source>
        <translation>DocSpace</translation>
    </message>
    <message>
        <source>Workspace / Community Server</source>
        <translation>Workspace / Community Server</translation>
    </message>
</context>
<context>
    <name>PortalKeys::History::HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Authorization keys</source>
        <translation>Ключи авторизации</translation>
    </message>
    <message>
        <source>OAuth apps</source>
        <translation>Приложения OAuth</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Ключи API</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Portal audit</source>
        <translation>Аудит портала</translation>
    </message>
    <message>
        <source>PortalKeys</source>
        <translation>PortalKeys</translation>
    </message>
    <message>
        <source>recorded by the portal</source>
        <translation>записано порталом</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::AppListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Drafts on this computer</source>
        <translation>Черновики на этом компьютере</translation>
    </message>
    <message>
        <source>On a portal</source>
        <translation>На портале</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>На портале %1</translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation>Черновиков пока нет.</translation>
    </message>
    <message>
        <source>No portal yet.</source>
        <translation>Порталов пока нет.</translation>
    </message>
    <message>
        <source>No apps registered yet.</source>
        <translation>Зарегистрированных приложений пока нет.</translation>
    </message>
    <message>
        <source>Not loaded: see the message above.</source>
        <translation>Не загружено: см. сообщение выше.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Еще не загружено.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>%1
Client ID: %2
%3</source>
        <translation>%1
ID клиента: %2
%3</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Draft, not registered</source>
        <translation>Черновик, не зарегистрирован</translation>
    </message>
    <message>
        <source>%1
Draft, saved %2</source>
        <translation>%1
Черновик, сохранен %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::AuthorizationCodeFlow</name>
    <message>
        <source>The OAuth server&apos;s answer holds no access token.</source>
        <translation>Ответ сервера OAuth не содержит токена доступа.</translation>
    </message>
    <message>
        <source>PortalKeys cannot listen on 127.0.0.1 for the browser&apos;s answer (port %1 is taken?).</source>
        <translation>PortalKeys не может ожидать ответа браузера на 127.0.0.1 (возможно, порт %1 занят).</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (the “state” does not match), so it was ignored. Start the sign-in again.</source>
        <translation>Браузер вернул ответ, который не относится к этому входу (параметр «state» не совпадает), поэтому ответ проигнорирован. Начните вход заново.</translation>
    </message>
    <message>
        <source>The portal did not authorize PortalKeys: %1</source>
        <translation>Портал не авторизовал PortalKeys: %1</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Браузер вернулся без кода авторизации.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::LoopbackRedirectListener</name>
    <message>
        <source>PortalKeys is signed in</source>
        <translation>Вход в PortalKeys выполнен</translation>
    </message>
    <message>
        <source>PortalKeys could not sign in</source>
        <translation>PortalKeys не удалось войти</translation>
    </message>
    <message>
        <source>You can close this tab and return to PortalKeys.</source>
        <translation>Можно закрыть эту вкладку и вернуться в PortalKeys.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::OAuthAppsApi</name>
    <message>
        <source>The portal did not issue a signature for managing OAuth apps.</source>
        <translation>Портал не выдал подпись для управления приложениями OAuth.</translation>
    </message>
    <message>
        <source>The portal registers at most %1 OAuth apps per user, and you have reached that limit. Delete one of your apps that is no longer used, or have another portal admin register this one.</source>
        <translation>Портал позволяет зарегистрировать не более %1 приложений OAuth на пользователя, и вы достигли этого предела. Удалите одно из своих приложений, которое больше не используется, или попросите другого администратора портала зарегистрировать это.</translation>
    </message>
    <message>
        <source>The portal registers at most %1 OAuth apps, and it has reached that limit. Delete an app that is no longer used, then register this one.</source>
        <translation>Портал позволяет зарегистрировать не более %1 приложений OAuth, и этот предел достигнут. Удалите приложение, которое больше не используется, а затем зарегистрируйте это.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of scopes is not a list.</source>
        <translation>Список областей действия на портале не является списком.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::ConnectionTest</name>
    <message>
        <source>The portal did not accept the credentials: the API key is wrong, expired or switched off, or lacks the permission to read (“*:read” or “*”).</source>
        <translation>Портал не принял учетные данные: ключ API неверен, истек или отключен либо у него нет разрешения на чтение («*:read» или «*»).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer to “am I signed in?” is not true or false. Is this a DocSpace portal?</source>
        <translation>Ответ портала на запрос «выполнен ли вход?» — не true и не false. Это точно портал DocSpace?</translation>
    </message>
    <message>
        <source>The portal answered, but did not accept the credentials: they are wrong, expired or revoked.</source>
        <translation>Портал ответил, но не принял учетные данные: они неверны, истекли или отозваны.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PasswordLogin</name>
    <message>
        <source>The portal asks for an SMS code; PortalKeys supports authenticator-app codes only. Use an API key instead.</source>
        <translation>Портал запрашивает код из SMS; PortalKeys поддерживает только коды из приложения-аутентификатора. Используйте вместо этого ключ API.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer to the login holds no token.</source>
        <translation>Ответ портала на вход не содержит токена.</translation>
    </message>
    <message>
        <source>The portal did not accept the two-factor code: it is wrong or has expired. Sign in again with a fresh code.</source>
        <translation>Портал не принял код двухфакторной аутентификации: он неверен или истек. Войдите снова с новым кодом.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PortalCall</name>
    <message>
        <source>%1 refused the connection: nothing answers on that port. Check the address and that the portal is running.</source>
        <translation>%1: подключение отклонено — на этом порту никто не отвечает. Проверьте адрес и убедитесь, что портал работает.</translation>
    </message>
    <message>
        <source>The host %1 was not found (DNS). Check the spelling of the address and your network connection.</source>
        <translation>Хост %1 не найден (DNS). Проверьте написание адреса и подключение к сети.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищенное соединение с %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived (the answer is truncated).</source>
        <translation>%1: соединение закрыто до получения полного ответа (ответ обрезан).</translation>
    </message>
    <message>
        <source>PortalKeys cannot talk to %1: %2</source>
        <translation>PortalKeys не может связаться с %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Не удалось подключиться к %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«%1» не является корректным адресом.</translation>
    </message>
    <message>
        <source>PortalKeys does not send requests to %1 over plain http; use https.</source>
        <translation>PortalKeys не отправляет запросы на %1 по незащищенному http; используйте https.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1: нет ответа в течение %2 с.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). PortalKeys does not connect unless you trust this exact certificate for this portal after checking its fingerprint.</source>
        <translation>Сертификат %1 не является доверенным (%2). PortalKeys не подключится, пока вы не доверите именно этому сертификату для этого портала, проверив его отпечаток.</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than 32 MiB; it was not read.</source>
        <translation>Ответ от %1 больше 32 МиБ; он не прочитан.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, another address. PortalKeys does not follow it, so your credentials stay with the portal. If the portal has moved, change its address.</source>
        <translation>%1: запрос перенаправлен на другой адрес (%2). PortalKeys не следует перенаправлению, чтобы ваши учетные данные не покидали портал. Если портал переехал, измените его адрес.</translation>
    </message>
    <message>
        <source>The answer of %1 was cut off: %2 bytes arrived before the connection closed.</source>
        <translation>Ответ от %1 оборван: до закрытия соединения получено %2 байт.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Повторите попытку через %n секунду.</numerusform>
            <numerusform>Повторите попытку через %n секунды.</numerusform>
            <numerusform>Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PortalSession</name>
    <message>
        <source>No API key is stored for the portal “%1”; enter it again (Edit in the app, or remove and add the portal on the command line).</source>
        <translation>Для портала «%1» не сохранен ключ API; введите его снова (кнопка «Изменить» в приложении или удаление и повторное добавление портала в командной строке).</translation>
    </message>
    <message>
        <source>No password is stored for the portal “%1”; enter it again (Edit in the app, or remove and add the portal on the command line).</source>
        <translation>Для портала «%1» не сохранен пароль; введите его снова (кнопка «Изменить» в приложении или удаление и повторное добавление портала в командной строке).</translation>
    </message>
    <message>
        <source>No token is stored for the portal “%1”; sign in again or paste a token.</source>
        <translation>Для портала «%1» не сохранен токен; войдите снова или вставьте токен.</translation>
    </message>
    <message>
        <source>Not signed in to the portal “%1” yet: sign in with the browser first.</source>
        <translation>Вход на портал «%1» еще не выполнен: сначала войдите через браузер.</translation>
    </message>
    <message>
        <source>The sign-in to “%1” has expired and cannot be renewed without a refresh token (public apps get none); sign in with the browser again.</source>
        <translation>Срок действия входа на портал «%1» истек, и продлить его без токена обновления нельзя (общедоступные приложения его не получают); войдите через браузер снова.</translation>
    </message>
    <message>
        <source>Renewing the sign-in to “%1” failed; sign in with the browser again. %2</source>
        <translation>Не удалось продлить вход на портал «%1»; войдите через браузер снова. %2</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the portal a name, e.g. “production”.</source>
        <translation>Укажите имя портала, например «production».</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>Имя слишком длинное (не более 100 символов).</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or tabs.</source>
        <translation>Имя не может содержать переносы строк и табуляции.</translation>
    </message>
    <message>
        <source>Basic authentication needs the e-mail address you sign in with.</source>
        <translation>Для базовой аутентификации нужен адрес эл. почты, с которым вы входите.</translation>
    </message>
    <message>
        <source>OAuth 2.0 needs the client ID of an app registered on the portal (Developer Tools → OAuth 2.0).</source>
        <translation>Для OAuth 2.0 нужен ID клиента приложения, зарегистрированного на портале (Инструменты разработчика → OAuth 2.0).</translation>
    </message>
    <message>
        <source>The OAuth server address cannot be used: %1</source>
        <translation>Адрес сервера OAuth нельзя использовать: %1</translation>
    </message>
    <message>
        <source>A pinned certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation>Закрепленный отпечаток сертификата — это 64 шестнадцатеричные цифры (SHA-256).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Время ожидания должно быть от 1 до 600 секунд.</translation>
    </message>
    <message>
        <source>A portal entry has no valid id.</source>
        <translation>У записи портала нет корректного ID.</translation>
    </message>
    <message>
        <source>The portal “%1” has an unknown credential kind.</source>
        <translation>У портала «%1» неизвестный тип учетных данных.</translation>
    </message>
    <message>
        <source>The portal “%1” cannot be used: %2</source>
        <translation>Портал «%1» нельзя использовать: %2</translation>
    </message>
</context>
<context>
    <name>PortalUrl</name>
    <message>
        <source>Enter the portal&apos;s address, for example https://portal.example.com.</source>
        <translation>Введите адрес портала, например https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Адрес портала не может содержать пробелы.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» не является веб-адресом.</translation>
    </message>
    <message>
        <source>The address must start with https:// (it starts with %1://).</source>
        <translation>Адрес должен начинаться с https:// (сейчас он начинается с %1://).</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; PortalKeys asks for them separately and keeps them in the keychain.</source>
        <translation>Не указывайте имя пользователя и пароль в адресе; PortalKeys запрашивает их отдельно и хранит в связке ключей.</translation>
    </message>
    <message>
        <source>PortalKeys only connects to a portal over https, so that your credentials never travel in clear text; use https://%1 (plain http is allowed only for this computer, e.g. http://127.0.0.1).</source>
        <translation>PortalKeys подключается к порталу только по https, чтобы ваши учетные данные никогда не передавались открытым текстом; используйте https://%1 (обычный http допускается только для этого компьютера, например http://127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The portal list %1</source>
        <translation>Список порталов %1</translation>
    </message>
    <message>
        <source>The portal list %1 cannot be used: %2</source>
        <translation>Список порталов %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>There is already a portal named “%1”; choose another name.</source>
        <translation>Портал с именем «%1» уже есть; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Nothing was written to the keychain: %1</source>
        <translation>В связку ключей ничего не записано: %1</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Связка ключей macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Диспетчер учетных данных Windows</translation>
    </message>
    <message>
        <source>Secret Service (D-Bus)</source>
        <translation>Secret Service (D-Bus)</translation>
    </message>
    <message>
        <source>memory (tests only)</source>
        <translation>память (только для тестов)</translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message>
        <source>The portal said: “%1”</source>
        <translation>Ответ портала: «%1»</translation>
    </message>
    <message>
        <source>The portal %1 answered with an empty body where data was expected.</source>
        <translation>Портал %1 вернул пустой ответ там, где ожидались данные.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. Check that the address is the root of a DocSpace portal (not a page inside it, nor a proxy&apos;s sign-in page).</source>
        <translation>%1: вместо данных получена веб-страница. Убедитесь, что адрес указывает на корень портала DocSpace (а не на страницу внутри него и не на страницу входа прокси-сервера).</translation>
    </message>
    <message>
        <source>The portal %1 answered with broken or incomplete JSON (%2 at byte %3 of %4).</source>
        <translation>Портал %1 вернул поврежденный или неполный JSON (%2, байт %3 из %4).</translation>
    </message>
    <message>
        <source>The portal %1 answered with JSON of an unexpected shape (no “response”).</source>
        <translation>Портал %1 вернул JSON неожиданной структуры (нет «response»).</translation>
    </message>
    <message>
        <source>The portal %1 answered with JSON of an unexpected shape (no “response”). Is it a DocSpace portal?</source>
        <translation>Портал %1 вернул JSON неожиданной структуры (нет «response»). Это точно портал DocSpace?</translation>
    </message>
    <message>
        <source>The portal did not accept the credentials: they are wrong, expired or revoked.</source>
        <translation>Портал не принял учетные данные: они неверны, истекли или отозваны.</translation>
    </message>
    <message>
        <source>The portal refused: the API key lacks the permission for this change (settings need “*:write” or “*”), or its owner is not a portal admin.</source>
        <translation>Портал отказал: у ключа API нет разрешения на это изменение (для настроек нужно «*:write» или «*») или его владелец не является администратором портала.</translation>
    </message>
    <message>
        <source>The portal refused: the API key lacks the permission to read this (settings need “*:read” or “*”), or its owner is not a portal admin.</source>
        <translation>Портал отказал: у ключа API нет разрешения на чтение этих данных (для настроек нужно «*:read» или «*») или его владелец не является администратором портала.</translation>
    </message>
    <message>
        <source>The portal refused: this account is not allowed to do this. Authorization keys and OAuth apps need a portal admin (the owner or a DocSpace admin).</source>
        <translation>Портал отказал: этой учетной записи это не разрешено. Для ключей авторизации и приложений OAuth нужен администратор портала (владелец или администратор DocSpace).</translation>
    </message>
    <message>
        <source>The portal&apos;s plan does not include this; a plan with third-party storage is needed (self-hosted portals are not limited).</source>
        <translation>Тарифный план портала этого не включает; нужен план со сторонним хранилищем (серверные версии не ограничены).</translation>
    </message>
    <message>
        <source>Not found on %1. Check the portal address; DocSpace 3.x is expected.</source>
        <translation>Не найдено на %1. Проверьте адрес портала; ожидается DocSpace 3.x.</translation>
    </message>
    <message>
        <source>The portal has received too many requests and asks to wait.</source>
        <translation>Портал получил слишком много запросов и просит подождать.</translation>
    </message>
    <message>
        <source>The portal %1 had an internal error (HTTP %2); try again later.</source>
        <translation>Внутренняя ошибка портала %1 (HTTP %2); повторите попытку позже.</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP %1).</source>
        <translation>Портал отклонил запрос (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ScopeModel</name>
    <message>
        <source>The portal listed a scope without a name.</source>
        <translation>Портал указал область действия без названия.</translation>
    </message>
    <message>
        <source>The portal listed the scope “%1” twice.</source>
        <translation>Портал указал область действия «%1» дважды.</translation>
    </message>
    <message>
        <source>The portal&apos;s scope group “%1” has more scopes than a read and a write scope.</source>
        <translation>В группе областей действия «%1» на портале больше областей, чем одна для чтения и одна для записи.</translation>
    </message>
    <message>
        <source>The portal listed no scopes.</source>
        <translation>Портал не указал ни одной области действия.</translation>
    </message>
    <message>
        <source>Read the basic details of your own profile.</source>
        <translation>Просмотр основной информации о вашем профиле.</translation>
    </message>
    <message>
        <source>Read and change the basic details of your own profile.</source>
        <translation>Просмотр основной информации о вашем профиле и управление ею.</translation>
    </message>
    <message>
        <source>Read every account of the portal.</source>
        <translation>Просмотр всех контактов портала.</translation>
    </message>
    <message>
        <source>Read and manage every account of the portal.</source>
        <translation>Просмотр всех контактов портала и управление ими.</translation>
    </message>
    <message>
        <source>Read every file and folder you can open.</source>
        <translation>Просмотр всех файлов и папок, которые вы можете открыть.</translation>
    </message>
    <message>
        <source>Read and manage every file and folder you can open.</source>
        <translation>Просмотр всех файлов и папок, которые вы можете открыть, и управление ими.</translation>
    </message>
    <message>
        <source>Read every room you can open.</source>
        <translation>Просмотр всех комнат, которые вы можете открыть.</translation>
    </message>
    <message>
        <source>Read and manage every room you can open.</source>
        <translation>Просмотр всех комнат, которые вы можете открыть, и управление ими.</translation>
    </message>
    <message>
        <source>Sign you in with OpenID Connect and read your personal data.</source>
        <translation>Вход с помощью OpenID Connect и просмотр ваших личных данных.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Files &amp; Folders</source>
        <translation>Файлы и папки</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Комнаты</translation>
    </message>
    <message>
        <source>OpenID</source>
        <translation>OpenID</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (ответ связки ключей: %2)</translation>
    </message>
    <message>
        <source>Make sure you are logged in to a graphical session so the login keychain is available, and unlock it in Keychain Access.</source>
        <translation>Убедитесь, что вы вошли в графический сеанс, чтобы связка ключей «вход» была доступна, и разблокируйте ее в программе «Связка ключей».</translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running.</source>
        <translation>Убедитесь, что служба диспетчера учетных данных Windows запущена.</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service provider in your desktop session: GNOME Keyring, KWallet with its Secret Service interface, or KeePassXC with Secret Service integration. Without a desktop (over SSH, in a container) run PortalKeys inside “dbus-run-session” with “gnome-keyring-daemon --unlock --components=secrets” started first.</source>
        <translation>Запустите и разблокируйте поставщика Secret Service в сеансе рабочего стола: GNOME Keyring, KWallet с интерфейсом Secret Service или KeePassXC с интеграцией Secret Service. Без рабочего стола (по SSH, в контейнере) запускайте PortalKeys внутри «dbus-run-session», предварительно запустив «gnome-keyring-daemon --unlock --components=secrets».</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>В связке ключей нет секрета под именем «%1».</translation>
    </message>
    <message>
        <source>No keychain is available. PortalKeys keeps secrets only in the system keychain and never writes them to a file.</source>
        <translation>Связка ключей недоступна. PortalKeys хранит секреты только в системной связке ключей и никогда не записывает их в файл.</translation>
    </message>
    <message>
        <source>The keychain refused access: it is locked, or the request was denied. Unlock it and try again.</source>
        <translation>Связка ключей отказала в доступе: она заблокирована или запрос отклонен. Разблокируйте ее и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain could not complete the operation.</source>
        <translation>Связке ключей не удалось выполнить операцию.</translation>
    </message>
</context>
<context>
    <name>SecretJournal</name>
    <message>
        <source>The keychain journal %1</source>
        <translation>Журнал связки ключей %1</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>The service catalog %1 cannot be read: %2.</source>
        <translation>Каталог сервисов %1 не удается прочитать: %2.</translation>
    </message>
    <message>
        <source>the service catalog</source>
        <translation>каталог сервисов</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 не является корректным JSON: %2, символ %3.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation>%1 должен содержать объект JSON.</translation>
    </message>
    <message>
        <source>formatVersion is %1, but this PortalKeys reads version %2 only.</source>
        <translation>formatVersion имеет значение %1, но эта версия PortalKeys читает только версию %2.</translation>
    </message>
    <message>
        <source>&quot;products&quot; must be a list.</source>
        <translation>&quot;products&quot; должен быть списком.</translation>
    </message>
    <message>
        <source>each entry of &quot;products&quot; must be an object.</source>
        <translation>каждый элемент &quot;products&quot; должен быть объектом.</translation>
    </message>
    <message>
        <source>the product &quot;%1&quot; is missing.</source>
        <translation>отсутствует продукт &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;; use docspace or workspace.</source>
        <translation>неизвестный продукт &quot;%1&quot;; используйте docspace или workspace.</translation>
    </message>
    <message>
        <source>the product is described twice.</source>
        <translation>продукт описан дважды.</translation>
    </message>
    <message>
        <source>the product needs a version, the one the catalog describes.</source>
        <translation>для продукта нужна версия — та, которую описывает каталог.</translation>
    </message>
    <message>
        <source>oldestVersion is newer than version.</source>
        <translation>oldestVersion новее, чем version.</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be a non-empty list.</source>
        <translation>&quot;services&quot; должен быть непустым списком.</translation>
    </message>
    <message>
        <source>each service must be an object.</source>
        <translation>каждый сервис должен быть объектом.</translation>
    </message>
    <message>
        <source>the name clashes with the service &quot;%1&quot;.</source>
        <translation>имя совпадает с именем сервиса &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the services must be listed in the portal&apos;s order.</source>
        <translation>сервисы должны быть перечислены в том же порядке, что и на портале.</translation>
    </message>
    <message>
        <source>This portal runs %1 %2, newer than the %3 that PortalKeys&apos; catalog describes: services and labels may differ from what PortalKeys shows.</source>
        <translation>На этом портале работает %1 %2 — новее версии %3, описанной в каталоге PortalKeys: сервисы и подписи могут отличаться от показанных в PortalKeys.</translation>
    </message>
    <message>
        <source>This portal runs %1 %2, older than the versions PortalKeys&apos; catalog describes fully (%3 to %4): services and labels may differ from what PortalKeys shows.</source>
        <translation>На этом портале работает %1 %2 — старше версий, полностью описанных в каталоге PortalKeys (от %3 до %4): сервисы и подписи могут отличаться от показанных в PortalKeys.</translation>
    </message>
</context>
<context>
    <name>ServiceDefinition</name>
    <message>
        <source>the text names the field &quot;%1&quot;, which is not a label of this service&apos;s keys.</source>
        <translation>текст упоминает поле &quot;%1&quot;, но это не название ни одного ключа этого сервиса.</translation>
    </message>
    <message>
        <source>the instructions never name the field &quot;%1&quot;.</source>
        <translation>инструкции нигде не упоминают поле &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the note names the field &quot;%1&quot;, which is not a label of these keys.</source>
        <translation>примечание упоминает поле &quot;%1&quot;, но это не название ни одного из этих ключей.</translation>
    </message>
    <message>
        <source>%1 %2 and later</source>
        <translation>%1 %2 и новее</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>неизвестный вид &quot;%1&quot;; используйте один из следующих: %2.</translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is listed twice.</source>
        <translation>вид &quot;%1&quot; указан дважды.</translation>
    </message>
    <message>
        <source>helpUrl must be an https address.</source>
        <translation>helpUrl должен быть адресом https.</translation>
    </message>
    <message>
        <source>redirectUri must be an https address.</source>
        <translation>redirectUri должен быть адресом https.</translation>
    </message>
    <message>
        <source>redirectNote needs a redirectUri.</source>
        <translation>для redirectNote нужен redirectUri.</translation>
    </message>
    <message>
        <source>the instructions never say where to enter %1.</source>
        <translation>в инструкциях нигде не сказано, куда вводить %1.</translation>
    </message>
    <message>
        <source>the instructions use %1, but the service has no redirectUri.</source>
        <translation>в инструкциях используется %1, но у сервиса нет redirectUri.</translation>
    </message>
    <message>
        <source>olderKeySets must be a list.</source>
        <translation>olderKeySets должен быть списком.</translation>
    </message>
    <message>
        <source>each entry of olderKeySets must be an object.</source>
        <translation>каждый элемент olderKeySets должен быть объектом.</translation>
    </message>
</context>
<context>
    <name>ServiceEntry</name>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>Draft, changed %1</source>
        <translation>Черновик, изменен %1</translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not describe this service.</source>
        <translation>Каталог PortalKeys не описывает этот сервис.</translation>
    </message>
</context>
<context>
    <name>ServiceKind</name>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Document storage</source>
        <translation>Хранилище документов</translation>
    </message>
    <message>
        <source>SMS and calls</source>
        <translation>SMS и звонки</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Backup and data storage</source>
        <translation>Резервное копирование и хранение данных</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ServiceValidator</name>
    <message>
        <source>%1 has no key named &quot;%2&quot;; remove it before saving.</source>
        <translation>У %1 нет ключа с именем «%2»; удалите его перед сохранением.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used only when &quot;%2&quot; is %3, so its value is ignored.</source>
        <translation>«%1» используется, только когда «%2» имеет значение %3, поэтому его значение игнорируется.</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot; as well, or clear every key to switch %2 off.</source>
        <translation>Заполните также «%1» или очистите все ключи, чтобы отключить %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value; each needs its own value from the provider, so check which one was pasted twice.</source>
        <translation>«%1» и «%2» содержат одно и то же значение; у каждого должно быть свое значение от поставщика, поэтому проверьте, какое из них вставлено дважды.</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>on</source>
        <translation>включен</translation>
    </message>
    <message>
        <source>off</source>
        <translation>отключен</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>This portal&apos;s installation fixed the keys of %1 in its configuration, so they cannot be changed here; change them in the server&apos;s configuration instead.</source>
        <translation>Установка этого портала зафиксировала ключи %1 в своей конфигурации, поэтому изменить их здесь нельзя; измените их в конфигурации сервера.</translation>
    </message>
    <message>
        <source>In DocSpace cloud, %1 needs a plan that includes third-party storage; self-hosted portals are not limited.</source>
        <translation>В облачном DocSpace для %1 нужен тарифный план, включающий стороннее хранилище; серверные версии не ограничены.</translation>
    </message>
</context>
<context>
    <name>SignInRefusal</name>
    <message>
        <source>The e-mail or the password is wrong (the portal does not say which). Check both for %1.</source>
        <translation>Неверный адрес эл. почты или пароль (портал не уточняет, что именно). Проверьте оба значения для %1.</translation>
    </message>
    <message>
        <source>The portal has locked sign-in for %1 after too many failed attempts. Wait a few minutes before you try again: every attempt now counts as another failure. If it stays locked, sign in once in the browser, where the portal can ask for a reCAPTCHA.</source>
        <translation>Портал заблокировал вход для %1 после слишком большого числа неудачных попыток. Подождите несколько минут, прежде чем повторить попытку: каждая новая попытка сейчас считается еще одной неудачей. Если блокировка не снимается, один раз войдите через браузер, где портал может запросить reCAPTCHA.</translation>
    </message>
    <message>
        <source>The portal asks for a reCAPTCHA before it lets %1 sign in, which only its web page can show. Sign in once in the browser, then try again here.</source>
        <translation>Прежде чем разрешить вход для %1, портал запрашивает reCAPTCHA, которую может показать только его веб-страница. Один раз войдите через браузер, а затем повторите попытку здесь.</translation>
    </message>
    <message>
        <source>The user %1 is disabled on this portal. Ask a portal admin to enable the account.</source>
        <translation>Пользователь %1 заблокирован на этом портале. Попросите администратора портала разблокировать учетную запись.</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>There is no key to sign with.</source>
        <translation>Нет ключа для подписи.</translation>
    </message>
    <message>
        <source>%1 cannot be used with this key (%2); it allows %3 only.</source>
        <translation>%1 нельзя использовать с этим ключом (%2); он допускает только %3.</translation>
    </message>
    <message>
        <source>Signing with %1 needs a private key; this is an %2.</source>
        <translation>Для подписи с помощью %1 нужен закрытый ключ, а это %2.</translation>
    </message>
    <message>
        <source>The extra header members may not set “alg”: it comes from the chosen algorithm (%1).</source>
        <translation>Дополнительные элементы заголовка не могут задавать «alg»: он определяется выбранным алгоритмом (%1).</translation>
    </message>
    <message>
        <source>The key id is given twice with different values (“kid”).</source>
        <translation>Идентификатор ключа («kid») указан дважды с разными значениями.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1.</source>
        <translation>Полезные данные не являются корректным JSON: %1.</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>there is more text after the JSON value (at byte %1)</source>
        <translation>после значения JSON есть еще текст (байт %1)</translation>
    </message>
    <message>
        <source>the JSON text ends too early</source>
        <translation>текст JSON обрывается слишком рано</translation>
    </message>
    <message>
        <source>unexpected character at byte %1</source>
        <translation>неожиданный символ в байте %1</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>вложенность превышает %1 уровней</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>строка не закрыта</translation>
    </message>
    <message>
        <source>a string contains a raw control character (at byte %1)</source>
        <translation>строка содержит необработанный управляющий символ (байт %1)</translation>
    </message>
    <message>
        <source>a “\u” escape is not followed by four hex digits (at byte %1)</source>
        <translation>за экранированием «\u» не следуют четыре шестнадцатеричные цифры (байт %1)</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string (at byte %1)</source>
        <translation>недопустимая escape-последовательность в строке (байт %1)</translation>
    </message>
    <message>
        <source>the member “%1” appears twice in one object</source>
        <translation>элемент «%1» встречается в одном объекте дважды</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>это некорректный JSON (%1)</translation>
    </message>
</context>
<context>
    <name>TestRecord</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tested just now</source>
        <translation>Проверено только что</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: ошибка</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <source>%1: OK, not a portal admin</source>
        <translation>%1: OK, не администратор портала</translation>
    </message>
    <message>
        <source>The portal&apos;s address changed during the test.</source>
        <translation>Адрес портала изменился во время проверки.</translation>
    </message>
    <message>
        <source>The portal was removed during the test.</source>
        <translation>Портал был удален во время проверки.</translation>
    </message>
    <message numerus="yes">
        <source>Tested %n minute(s) ago</source>
        <translation>
            <numerusform>Проверено %n минуту назад</numerusform>
            <numerusform>Проверено %n минуты назад</numerusform>
            <numerusform>Проверено %n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n hour(s) ago</source>
        <translation>
            <numerusform>Проверено %n час назад</numerusform>
            <numerusform>Проверено %n часа назад</numerusform>
            <numerusform>Проверено %n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n day(s) ago</source>
        <translation>
            <numerusform>Проверено %n день назад</numerusform>
            <numerusform>Проверено %n дня назад</numerusform>
            <numerusform>Проверено %n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>header (segment 1)</source>
        <translation>заголовок (сегмент 1)</translation>
    </message>
    <message>
        <source>payload (segment 2)</source>
        <translation>полезные данные (сегмент 2)</translation>
    </message>
    <message>
        <source>signature (segment 3)</source>
        <translation>подпись (сегмент 3)</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts), not a signed one. PortalKeys can show its header but cannot decrypt or verify it.</source>
        <translation>Это зашифрованный токен (JWE, пять частей), а не подписанный. PortalKeys может показать его заголовок, но не может расшифровать или проверить его.</translation>
    </message>
    <message>
        <source>The input is larger than 1 MiB; a token that big is not something PortalKeys will read.</source>
        <translation>Входные данные больше 1 МиБ; такой большой токен PortalKeys читать не будет.</translation>
    </message>
    <message>
        <source>Paste a token: three base64url parts separated by dots (header.payload.signature).</source>
        <translation>Вставьте токен: три части в base64url, разделенные точками (заголовок.полезные_данные.подпись).</translation>
    </message>
    <message>
        <source>This is not a token: a signed token (JWS) has three parts separated by dots, and this text has no dot.</source>
        <translation>Это не токен: подписанный токен (JWS) состоит из трех частей, разделенных точками, а в этом тексте нет ни одной точки.</translation>
    </message>
    <message>
        <source>A signed token (JWS) has three parts separated by dots; this one has %1.</source>
        <translation>Подписанный токен (JWS) состоит из трех частей, разделенных точками; в этом частей: %1.</translation>
    </message>
    <message>
        <source>The header (segment 1) is empty.</source>
        <translation>Заголовок (сегмент 1) пуст.</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: %2.</source>
        <translation>Некорректный base64url в части «%1»: %2.</translation>
    </message>
    <message>
        <source>The header (segment 1) is refused: %1. Parsers disagree about which one counts.</source>
        <translation>Заголовок (сегмент 1) отклонен: %1. Разные парсеры по-разному решают, какое значение учитывать.</translation>
    </message>
    <message>
        <source>The header (segment 1) is not JSON: %1.</source>
        <translation>Заголовок (сегмент 1) не является JSON: %1.</translation>
    </message>
    <message>
        <source>The header (segment 1) is JSON but not an object.</source>
        <translation>Заголовок (сегмент 1) является JSON, но не объектом.</translation>
    </message>
    <message>
        <source>The header (segment 1) has no “alg” member, so the algorithm is unknown.</source>
        <translation>В заголовке (сегмент 1) нет элемента «alg», поэтому алгоритм неизвестен.</translation>
    </message>
    <message>
        <source>The “alg” member of the header (segment 1) is not a string.</source>
        <translation>Элемент «alg» заголовка (сегмент 1) не является строкой.</translation>
    </message>
    <message>
        <source>The payload (segment 2) is refused: %1. Parsers disagree about which one counts.</source>
        <translation>Полезные данные (сегмент 2) отклонены: %1. Разные парсеры по-разному решают, какое значение учитывать.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>The header&apos;s “crit” member must be a non-empty list of header member names.</source>
        <translation>Элемент «crit» заголовка должен быть непустым списком имен элементов заголовка.</translation>
    </message>
    <message>
        <source>The header&apos;s “crit” member must list header member names (strings).</source>
        <translation>Элемент «crit» заголовка должен содержать имена элементов заголовка (строки).</translation>
    </message>
    <message>
        <source>The header&apos;s “crit” lists “%1”, a standard member that must not be listed there (RFC 7515 §4.1.11).</source>
        <translation>«crit» в заголовке перечисляет «%1» — стандартный элемент, который не должен там указываться (RFC 7515 §4.1.11).</translation>
    </message>
    <message>
        <source>The header&apos;s “crit” lists “%1”, which the header does not have.</source>
        <translation>«crit» в заголовке перечисляет «%1», но в заголовке его нет.</translation>
    </message>
    <message>
        <source>The header marks “%1” as critical; PortalKeys does not understand that extension, so the token must be refused (RFC 7515 §4.1.11).</source>
        <translation>Заголовок помечает «%1» как критический; PortalKeys не поддерживает это расширение, поэтому токен должен быть отклонен (RFC 7515 §4.1.11).</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <source>The token is unsecured (alg “%1”): it has no signature, and PortalKeys never accepts such a token.</source>
        <translation>Токен не защищен (alg «%1»): у него нет подписи, а PortalKeys никогда не принимает такие токены.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm “%1” is not a valid name: algorithm names are case-sensitive (did you mean %2?).</source>
        <translation>Алгоритм токена «%1» не является допустимым именем: имена алгоритмов чувствительны к регистру (возможно, имелся в виду %2?).</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm “%1” is not supported (supported: %2).</source>
        <translation>Алгоритм токена «%1» не поддерживается (поддерживаются: %2).</translation>
    </message>
    <message>
        <source>There is no key to verify the signature with.</source>
        <translation>Нет ключа для проверки подписи.</translation>
    </message>
    <message>
        <source>The token says %1, but this algorithm is not allowed for this key (%2, usable with %3 only). The algorithm comes from the key, never from the token, so the token is refused.</source>
        <translation>В токене указан %1, но этот алгоритм не разрешен для этого ключа (%2, используется только с %3). Алгоритм определяется ключом, а не токеном, поэтому токен отклонен.</translation>
    </message>
    <message>
        <source>The token says %1, which is not among the algorithms allowed here (%2).</source>
        <translation>В токене указан %1, но этого алгоритма нет среди разрешенных здесь (%2).</translation>
    </message>
    <message>
        <source>Refused as a weak key (strict check): %1</source>
        <translation>Отклонено как слабый ключ (строгая проверка): %1</translation>
    </message>
    <message>
        <source>The token is unsecured: its algorithm is “%1”.</source>
        <translation>Токен не защищен: его алгоритм — «%1».</translation>
    </message>
    <message>
        <source>An unsecured token has no signature, so anyone can write one with any content. PortalKeys never accepts it; a server that does lets anyone act as anyone.</source>
        <translation>У незащищенного токена нет подписи, поэтому любой может создать такой токен с любым содержимым. PortalKeys никогда его не принимает; сервер, который его принимает, позволяет кому угодно действовать от имени кого угодно.</translation>
    </message>
    <message>
        <source>The header names a URL to fetch the key from (“%1”).</source>
        <translation>Заголовок указывает URL-адрес, с которого нужно получить ключ («%1»).</translation>
    </message>
    <message>
        <source>The header carries its own key (“%1”).</source>
        <translation>Заголовок содержит собственный ключ («%1»).</translation>
    </message>
    <message>
        <source>A verifier that trusts a key named or embedded in the token lets an attacker sign tokens with their own key. PortalKeys ignores “%1” and verifies only with the key you give; make sure your server does the same, or checks the key against a fixed list.</source>
        <translation>Проверяющая сторона, которая доверяет ключу, указанному в токене или встроенному в него, позволяет злоумышленнику подписывать токены своим ключом. PortalKeys игнорирует «%1» и проверяет только с тем ключом, который указали вы; убедитесь, что ваш сервер делает так же или сверяет ключ с фиксированным списком.</translation>
    </message>
    <message>
        <source>The token has no expiry time (“exp”).</source>
        <translation>У токена нет срока действия («exp»).</translation>
    </message>
    <message>
        <source>Without “exp” a leaked token stays usable for ever, unless the server keeps track of it. Tokens should be short-lived.</source>
        <translation>Без «exp» утекший токен остается пригодным навсегда, если сервер его не отслеживает. Токены должны быть недолговечными.</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>Срок действия токена истек %1.</translation>
    </message>
    <message>
        <source>Servers refuse expired tokens: request a new one. If the clocks of the issuer and the server differ a little, a leeway of a minute or so allows for it.</source>
        <translation>Серверы отклоняют токены с истекшим сроком действия: запросите новый. Если часы издателя и сервера немного расходятся, это компенсирует допуск примерно в минуту.</translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation>Токен недействителен до %1.</translation>
    </message>
    <message>
        <source>Servers refuse a token before its “nbf” time. If it was just issued, the issuer&apos;s clock is probably ahead: check the clocks, or allow a small leeway.</source>
        <translation>Серверы отклоняют токен до наступления времени «nbf». Если он только что выдан, часы издателя, вероятно, спешат: проверьте часы или задайте небольшой допуск.</translation>
    </message>
</context>
<context>
    <name>WeakSecrets</name>
    <message>
        <source>Cannot read the word list %1: %2</source>
        <translation>Не удается прочитать список слов %1: %2</translation>
    </message>
    <message>
        <source>The word list %1 is larger than 200 MiB.</source>
        <translation>Список слов %1 больше 200 МиБ.</translation>
    </message>
    <message>
        <source>The word list %1 holds no secrets.</source>
        <translation>Список слов %1 не содержит секретов.</translation>
    </message>
    <message>
        <source>The HMAC secret is in the word list “%1”.</source>
        <translation>Секрет HMAC есть в списке слов «%1».</translation>
    </message>
    <message>
        <source>Word lists like this are the first thing an attacker tries: with a single token signed by this secret they can find it offline in seconds and then sign any token they like. Replace the secret with a random one at least as long as the hash (32 bytes for HS256), for example the output of “openssl rand -base64 32”.</source>
        <translation>Такие списки слов злоумышленник проверяет в первую очередь: имея всего один токен, подписанный этим секретом, он может найти секрет офлайн за секунды, а затем подписать любой токен. Замените секрет случайным, не короче хеша (32 байта для HS256), например выводом команды «openssl rand -base64 32».</translation>
    </message>
    <message>
        <source>Only HMAC tokens (HS256/384/512) can be searched; this token uses “%1”.</source>
        <translation>Искать можно только для токенов HMAC (HS256/384/512); этот токен использует «%1».</translation>
    </message>
    <message>
        <source>The signature is %1 bytes long, but %2 signatures are %3 bytes: no secret can produce it.</source>
        <translation>Длина подписи — %1 байт, но подписи %2 занимают %3 байт: никакой секрет не может ее создать.</translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1 here.</source>
        <translation>OpenSSL не может вычислить здесь %1.</translation>
    </message>
    <message numerus="yes">
        <source>The search was stopped after %n candidates.</source>
        <translation>
            <numerusform>Поиск остановлен после %n варианта.</numerusform>
            <numerusform>Поиск остановлен после %n вариантов.</numerusform>
            <numerusform>Поиск остановлен после %n вариантов.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenSSL failed to compute %1.</source>
        <translation>OpenSSL не удалось вычислить %1.</translation>
    </message>
</context>
</TS>
