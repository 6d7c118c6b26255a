<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttributionPanel</name>
    <message>
        <source>Explain the logit of</source>
        <translation>Объяснить логит класса</translation>
    </message>
    <message>
        <source>saliency: ∂ logit / ∂ input</source>
        <translation>значимость: ∂ логит / ∂ вход</translation>
    </message>
    <message>
        <source>contributions: input × gradient</source>
        <translation>вклады: вход × градиент</translation>
    </message>
    <message>
        <source>the predicted class</source>
        <translation>предсказанный класс</translation>
    </message>
    <message>
        <source>No exact attribution for this model.</source>
        <translation>Для этой модели точной атрибуции нет.</translation>
    </message>
    <message>
        <source>logit({0}) = {1:+.5f}</source>
        <translation>логит({0}) = {1:+.5f}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} для класса «{1}»</translation>
    </message>
    <message>
        <source>Along the active path (ReLUs on/off and pooling winners as they are now) the network is affine: every pixel adds input × gradient; the bias term is what a blank input would give through the same path. Residual {0:.1e}.</source>
        <translation>Вдоль активного пути (включённые/выключенные ReLU и победители пулинга — как сейчас) сеть аффинна: каждый пиксель добавляет вход × градиент, а член смещения — это то, что дал бы пустой вход по тому же пути. Остаток {0:.1e}.</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>circle</source>
        <translation>круг</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>крестик</translation>
    </message>
</context>
<context>
    <name>CollapsedNote</name>
    <message>
        <source>No room at a readable size:</source>
        <translation>Нет места для читаемого размера:</translation>
    </message>
    <message>
        <source>Click a name to enlarge it.</source>
        <translation>Щёлкните имя, чтобы увеличить слой.</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <source>the canvas is empty: draw a ○ or a × first</source>
        <translation>холст пуст: сначала нарисуйте ○ или ×</translation>
    </message>
    <message>
        <source>Add as ○  (Ctrl+1)</source>
        <translation>Добавить как ○ (Ctrl+1)</translation>
    </message>
    <message>
        <source>Add as ×  (Ctrl+2)</source>
        <translation>Добавить как × (Ctrl+2)</translation>
    </message>
    <message>
        <source>Double-click a drawing to put it back on the canvas; Delete removes the selection</source>
        <translation>Двойной щелчок возвращает рисунок на холст; Delete удаляет выделенное</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Added as {0}: {1} ○ and {2} × collected</source>
        <translation>Добавлено как {0}: собрано ○ {1} и × {2}</translation>
    </message>
    <message>
        <source>This drawing was imported as an image only; it cannot be replayed as strokes</source>
        <translation>Этот рисунок импортирован только как изображение; его нельзя воспроизвести штрихами</translation>
    </message>
    <message>
        <source>Export the collection into a folder</source>
        <translation>Экспортировать коллекцию в папку</translation>
    </message>
    <message>
        <source>Could not export the collection to {0}: {1}</source>
        <translation>Не удалось экспортировать коллекцию в {0}: {1}</translation>
    </message>
    <message>
        <source>Exported {0} drawings to {1}</source>
        <translation>Экспортировано рисунков: {0} в {1}</translation>
    </message>
    <message>
        <source>Import a collection folder (with labels.csv)</source>
        <translation>Импортировать папку коллекции (с labels.csv)</translation>
    </message>
    <message>
        <source>Imported {0} drawings</source>
        <translation>Импортировано рисунков: {0}</translation>
    </message>
    <message>
        <source>; {0} skipped:
</source>
        <translation>; пропущено {0}:
</translation>
    </message>
    <message>
        <source>{0} drawings: {1} ○, {2} ×</source>
        <translation>Рисунков: {0} (○ {1}, × {2})</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Draw something first: the current drawing becomes A</source>
        <translation>Сначала нарисуйте что-нибудь: текущий рисунок станет A</translation>
    </message>
    <message>
        <source>Freeze a drawing as A first (Experiments → Freeze as A)</source>
        <translation>Сначала зафиксируйте рисунок как A (Эксперименты → Зафиксировать как A)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>all pooling layers</source>
        <translation>все слои пулинга</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Freeze as A  (Ctrl+Shift+A)</source>
        <translation>Зафиксировать как A (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Put A back on the canvas</source>
        <translation>Вернуть A на холст</translation>
    </message>
    <message>
        <source>show A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>show B (now)</source>
        <translation>B (сейчас)</translation>
    </message>
    <message>
        <source>show B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
    <message>
        <source>logit A</source>
        <translation>логит A</translation>
    </message>
    <message>
        <source>logit B</source>
        <translation>логит B</translation>
    </message>
    <message>
        <source>P(A)</source>
        <translation>P(A)</translation>
    </message>
    <message>
        <source>P(B)</source>
        <translation>P(B)</translation>
    </message>
    <message>
        <source>Pooling: max, min and average of the same feature maps</source>
        <translation>Пулинг: максимум, минимум и среднее одних и тех же карт признаков</translation>
    </message>
    <message>
        <source>swap the mode of</source>
        <translation>сменить режим слоя</translation>
    </message>
    <message>
        <source>This model has no pooling layer.</source>
        <translation>В этой модели нет слоя пулинга.</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>макс-пулинг</translation>
    </message>
    <message>
        <source>min pooling</source>
        <translation>мин-пулинг</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>усредняющий пулинг</translation>
    </message>
    <message>
        <source>feature maps</source>
        <translation>карты признаков</translation>
    </message>
    <message>
        <source>{0} pooling</source>
        <translation>{0}-пулинг</translation>
    </message>
    <message>
        <source>input of {0}
{1}</source>
        <translation>вход {0}
{1}</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a ○ or a × here</source>
        <translation>Нарисуйте здесь ○ или ×</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>Numbers are shown rounded to {0} decimals. Sums are computed from the unrounded values (in float64), so the shown terms may add up to the shown sum only to within the last digit.</source>
        <translation>Числа округлены до {0} знаков после запятой. Суммы вычисляются по неокруглённым значениям (в float64), поэтому показанные слагаемые могут давать показанную сумму лишь с точностью до последнего знака.</translation>
    </message>
    <message>
        <source>the engine ({0}) gives {1}, exactly this value (picking a value involves no rounding); shown as {2}</source>
        <translation>движок ({0}) даёт {1}, ровно это значение (выбор значения не требует округления); показано как {2}</translation>
    </message>
    <message>
        <source>the engine ({0}) gives {1}, a DIFFERENT value (picking a value involves no rounding); shown as {2}</source>
        <translation>движок ({0}) даёт {1}, ДРУГОЕ значение (выбор значения не требует округления); показано как {2}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {0}; the engine ({1}) gives {2}; difference {3} within {4} rounding (±{5}); shown as {6}</source>
        <translation>точный расчёт (float64): {0}; движок ({1}) даёт {2}; разница {3} в пределах округления {4} (±{5}); показано как {6}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {0}; the engine ({1}) gives {2}; difference {3} OUTSIDE {4} rounding (±{5}); shown as {6}</source>
        <translation>точный расчёт (float64): {0}; движок ({1}) даёт {2}; разница {3} ВНЕ пределов округления {4} (±{5}); показано как {6}</translation>
    </message>
    <message>
        <source>cross-correlation: the filter is laid on the patch as stored (what every framework calls convolution)</source>
        <translation>взаимная корреляция: фильтр накладывается на фрагмент как хранится (то, что все фреймворки называют свёрткой)</translation>
    </message>
    <message>
        <source>true convolution: the stored kernel is rotated by 180° before multiplying; the weights shown are rotated</source>
        <translation>настоящая свёртка: хранимое ядро поворачивается на 180° перед умножением; показаны повёрнутые веса</translation>
    </message>
    <message>
        <source>average of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5} / {0} = {6}</source>
        <translation>среднее {0} ячеек (строки {1}–{2}, столбцы {3}–{4}) = {5} / {0} = {6}</translation>
    </message>
    <message>
        <source>max of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5}, at row {6}, col {7}</source>
        <translation>максимум {0} ячеек (строки {1}–{2}, столбцы {3}–{4}) = {5}, в строке {6}, столбце {7}</translation>
    </message>
    <message>
        <source>min of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5}, at row {6}, col {7}</source>
        <translation>минимум {0} ячеек (строки {1}–{2}, столбцы {3}–{4}) = {5}, в строке {6}, столбце {7}</translation>
    </message>
    <message>
        <source>Every logit is first shifted by the largest one ({0}): exp(z - m) / sum exp(z - m) equals exp(z) / sum exp(z), and no exp overflows.</source>
        <translation>Сначала из каждого логита вычитается наибольший ({0}): exp(z - m) / Σ exp(z - m) равно exp(z) / Σ exp(z), и exp не переполняется.</translation>
    </message>
    <message>
        <source>{0} filters x ({1} x {2} x {3}) weights + {4} biases = {5} + {6} = {7}</source>
        <translation>{0} фильтров × ({1} × {2} × {3}) весов + {4} смещений = {5} + {6} = {7}</translation>
    </message>
    <message>
        <source>{0} x {1} weights + {2} biases = {3} + {4} = {5}</source>
        <translation>{0} × {1} весов + {2} смещений = {3} + {4} = {5}</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>нет параметров</translation>
    </message>
    <message>
        <source>a dense layer from the same {0} inputs to the same {1} outputs would need {2} x {3} + {4} = {5} parameters, {6} times as many: a convolution shares one small filter across every position</source>
        <translation>полносвязному слою с теми же {0} входами и {1} выходами понадобилось бы {2} × {3} + {4} = {5} параметров, в {6} раз больше: свёртка использует один маленький фильтр во всех позициях</translation>
    </message>
    <message>
        <source>out = floor((n + 2p - k) / s) + 1 = floor(({0} + {1} - {2}) / {3}) + 1 = {4}: nothing (a {5}-wide window does not fit {6} cells)</source>
        <translation>out = floor((n + 2p - k) / s) + 1 = floor(({0} + {1} - {2}) / {3}) + 1 = {4}: ничего (окно ширины {5} не помещается в {6} ячеек)</translation>
    </message>
    <message>
        <source>adaptive pooling: out = {0} whatever n (n = {1}; bins {2})</source>
        <translation>адаптивный пулинг: out = {0} при любом n (n = {1}; интервалы {2})</translation>
    </message>
    <message>
        <source>{0}: filter {1} weights set</source>
        <translation>{0}: веса фильтра {1} заданы</translation>
    </message>
    <message>
        <source>{0}: filter {1} weights set, bias {2}</source>
        <translation>{0}: веса фильтра {1} заданы, смещение {2}</translation>
    </message>
    <message>
        <source>{0}: filter {1} set to the {2} preset on every input channel</source>
        <translation>{0}: фильтр {1} заменён шаблоном «{2}» во всех входных каналах</translation>
    </message>
    <message>
        <source>{0}: filter {1} set to the {2} preset on input channel {3}</source>
        <translation>{0}: фильтр {1} заменён шаблоном «{2}» во входном канале {3}</translation>
    </message>
    <message>
        <source>{0}: filter {1} set to the {2} preset</source>
        <translation>{0}: фильтр {1} заменён шаблоном «{2}»</translation>
    </message>
    <message>
        <source>{0} computes a true convolution, so this kernel is multiplied rotated by 180° (Sobel flips sign)</source>
        <translation>{0} вычисляет настоящую свёртку, поэтому ядро умножается повёрнутым на 180° (у Собеля меняется знак)</translation>
    </message>
    <message>
        <source>{0} computes a true convolution, so this kernel is multiplied rotated by 180°</source>
        <translation>{0} вычисляет настоящую свёртку, поэтому ядро умножается повёрнутым на 180°</translation>
    </message>
    <message>
        <source>{0}: its input changed from {1} to {2} features, so its weights were re-initialised (undo to restore)</source>
        <translation>{0}: вход изменился с {1} до {2} признаков, поэтому веса инициализированы заново (отмена вернёт их)</translation>
    </message>
    <message>
        <source>{0}: its input changed from {1} to {2} channels, so its filters were re-initialised (undo to restore)</source>
        <translation>{0}: вход изменился с {1} до {2} каналов, поэтому фильтры инициализированы заново (отмена вернёт их)</translation>
    </message>
    <message>
        <source>{0}: kernels resized from {1} to {2} ({3})</source>
        <translation>{0}: размер ядер изменён с {1} на {2} ({3})</translation>
    </message>
    <message>
        <source>{0}: padding {1} -&gt; {2} (a border of {3} zero cells around the input)</source>
        <translation>{0}: паддинг {1} → {2} (рамка из {3} нулевых ячеек вокруг входа)</translation>
    </message>
    <message>
        <source>{0}: padding {1} -&gt; {2} (a border of {3} zero cell around the input)</source>
        <translation>{0}: паддинг {1} → {2} (рамка из {3} нулевой ячейки вокруг входа)</translation>
    </message>
    <message>
        <source>{0}: padding {1} -&gt; {2}</source>
        <translation>{0}: паддинг {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: stride {1} -&gt; {2}</source>
        <translation>{0}: шаг {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: now computes a true convolution (each kernel rotated by 180°)</source>
        <translation>{0}: теперь вычисляет настоящую свёртку (каждое ядро повёрнуто на 180°)</translation>
    </message>
    <message>
        <source>{0}: now computes a cross-correlation (kernels used as stored)</source>
        <translation>{0}: теперь вычисляет взаимную корреляцию (ядра как хранятся)</translation>
    </message>
    <message>
        <source>{0}: similarity {1} -&gt; dot (each cell is the inner product filter · patch, plus the bias)</source>
        <translation>{0}: сходство {1} → dot (каждая ячейка — скалярное произведение фильтр · фрагмент плюс смещение)</translation>
    </message>
    <message>
        <source>{0}: similarity {1} -&gt; cosine (each cell is the cosine of the angle between filter and patch, in [-1, 1], plus the bias: how alike, whatever the brightness)</source>
        <translation>{0}: сходство {1} → cosine (каждая ячейка — косинус угла между фильтром и фрагментом, в [-1, 1], плюс смещение: насколько они похожи, независимо от яркости)</translation>
    </message>
    <message>
        <source>{0}: similarity {1} -&gt; rbf (each cell is exp(-gamma |patch - filter|²), plus the bias: 1 where the patch equals the filter, towards 0 as they differ)</source>
        <translation>{0}: сходство {1} → rbf (каждая ячейка — exp(-gamma |фрагмент - фильтр|²) плюс смещение: 1, где фрагмент равен фильтру, и ближе к 0, чем сильнее они различаются)</translation>
    </message>
    <message>
        <source>{0}: gamma {1} -&gt; {2}</source>
        <translation>{0}: гамма {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: output {1} -&gt; {2}</source>
        <translation>{0}: выход {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: nothing changed</source>
        <translation>{0}: ничего не изменилось</translation>
    </message>
    <message>
        <source>{0}: activation {1} -&gt; {2}</source>
        <translation>{0}: функция активации {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: added an activation layer &apos;{1}&apos; ({2}) after it</source>
        <translation>{0}: после него добавлен слой активации «{1}» ({2})</translation>
    </message>
    <message>
        <source>{0}: {1} -&gt; {2} pooling</source>
        <translation>{0}: пулинг {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: now pools onto a fixed {1} grid (adaptive)</source>
        <translation>{0}: теперь пулинг в фиксированную сетку {1} (адаптивный)</translation>
    </message>
    <message>
        <source>{0}: output grid {1} -&gt; {2}</source>
        <translation>{0}: выходная сетка {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: now pools {1} windows with stride {2} (was adaptive onto {3})</source>
        <translation>{0}: теперь пулинг окнами {1} с шагом {2} (был адаптивным в {3})</translation>
    </message>
    <message>
        <source>{0}: window {1} -&gt; {2}</source>
        <translation>{0}: окно {1} → {2}</translation>
    </message>
    <message>
        <source>sum of contributions {0}  +  bias term {1}  =  {2}</source>
        <translation>сумма вкладов {0}  +  член смещения {1}  =  {2}</translation>
    </message>
    <message>
        <source>logit  =  {0}</source>
        <translation>логит  =  {0}</translation>
    </message>
    <message>
        <source>{0} map {1}, row {2}, col {3}</source>
        <translation>{0} карта {1}, строка {2}, столбец {3}</translation>
    </message>
    <message>
        <source>{0} value {1}</source>
        <translation>{0} значение {1}</translation>
    </message>
    <message>
        <source>{0} feature {1}</source>
        <translation>{0} признак {1}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>centre-cropped</source>
        <translation>обрезаны по центру</translation>
    </message>
    <message>
        <source>zero-padded around the centre</source>
        <translation>дополнены нулями вокруг центра</translation>
    </message>
    <message>
        <source>centre-cropped and zero-padded around the centre</source>
        <translation>обрезаны по центру и дополнены нулями вокруг центра</translation>
    </message>
    <message>
        <source>\ diagonal</source>
        <translation>\ диагональ</translation>
    </message>
    <message>
        <source>/ diagonal</source>
        <translation>/ диагональ</translation>
    </message>
    <message>
        <source>horizontal line</source>
        <translation>горизонтальная линия</translation>
    </message>
    <message>
        <source>vertical line</source>
        <translation>вертикальная линия</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Собель x</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Собель y</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>Лапласиан</translation>
    </message>
    <message>
        <source>box blur</source>
        <translation>размытие (среднее)</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>тождественный</translation>
    </message>
    <message>
        <source>random (He)</source>
        <translation>случайный (He)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>нули</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>средний</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин.</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>no such file and no shipped model of that name (shipped: {0})</source>
        <translation>нет ни такого файла, ни встроенной модели с таким именем (встроенные: {0})</translation>
    </message>
    <message>
        <source>not valid JSON ({0} at line {1}, column {2})</source>
        <translation>это некорректный JSON ({0}: строка {1}, столбец {2})</translation>
    </message>
    <message>
        <source>not a model file (lists or objects nested too deeply)</source>
        <translation>это не файл модели (списки или объекты вложены слишком глубоко)</translation>
    </message>
    <message>
        <source>expected an object, got {0}</source>
        <translation>ожидался объект, а получено: {0}</translation>
    </message>
    <message>
        <source>missing field &apos;{0}&apos;</source>
        <translation>нет поля «{0}»</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be an integer, got {1}</source>
        <translation>поле «{0}» должно быть целым числом, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a string, got {1}</source>
        <translation>поле «{0}» должно быть строкой, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a list, got {1}</source>
        <translation>поле «{0}» должно быть списком, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be an object, got {1}</source>
        <translation>поле «{0}» должно быть объектом, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be true or false, got {1}</source>
        <translation>поле «{0}» должно быть true или false, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be an integer or a list, got {1}</source>
        <translation>поле «{0}» должно быть целым числом или списком, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be int or float, got {1}</source>
        <translation>поле «{0}» должно быть целым или дробным числом, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a finite number, got {1}</source>
        <translation>поле «{0}» должно быть конечным числом, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be &gt;= {1}, got {2}</source>
        <translation>поле «{0}» должно быть не меньше {1}, а получено: {2}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be an integer &gt;= {1} or a pair of them, got {2}</source>
        <translation>поле «{0}» должно быть целым числом не меньше {1} или парой таких чисел, а получено: {2}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be one of {1}, got {2}</source>
        <translation>поле «{0}» должно быть одним из: {1}, а получено: {2}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a nested list of numbers of shape {1}, got {2}</source>
        <translation>поле «{0}» должно быть вложенным списком чисел формы {1}, а получено: {2}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a nested list of numbers of shape {1}</source>
        <translation>поле «{0}» должно быть вложенным списком чисел формы {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has shape {1}, expected {2}</source>
        <translation>у «{0}» форма {1}, а ожидалась {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; contains NaN or infinite values (weights must be finite numbers)</source>
        <translation>«{0}» содержит NaN или бесконечные значения (веса должны быть конечными числами)</translation>
    </message>
    <message>
        <source>unknown layer type &apos;{0}&apos; (known: {1})</source>
        <translation>неизвестный тип слоя «{0}» (известные: {1})</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be &quot;{1}&quot;, got &quot;{2}&quot;</source>
        <translation>поле «{0}» должно быть «{1}», а получено «{2}»</translation>
    </message>
    <message>
        <source>format version {0} is not supported (this cnnviz reads version {1})</source>
        <translation>версия формата {0} не поддерживается (этот cnnviz читает версию {1})</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must list at least two different names</source>
        <translation>в поле «{0}» должно быть не меньше двух разных имён</translation>
    </message>
    <message>
        <source>Unable to allocate {0} for an array with shape {1} and data type {2}</source>
        <translation>не удаётся выделить {0} под массив формы {1} с типом данных {2}</translation>
    </message>
    <message>
        <source>Exceeds the limit ({0} digits) for integer string conversion: value has {1} digits; use sys.set_int_max_str_digits() to increase the limit</source>
        <translation>число слишком длинное для преобразования в целое (предел {0} цифр): в значении {1} цифр</translation>
    </message>
    <message>
        <source>invalid start byte</source>
        <translation>недопустимый начальный байт</translation>
    </message>
    <message>
        <source>invalid continuation byte</source>
        <translation>недопустимый байт продолжения</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>данные неожиданно обрываются</translation>
    </message>
    <message>
        <source>[Errno {0}] Permission denied: {1}</source>
        <translation>[Errno {0}] доступ запрещён: {1}</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>это не папка</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>файл уже существует</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>на устройстве не осталось места</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>файловая система доступна только для чтения</translation>
    </message>
    <message>
        <source>two layers are named &apos;{0}&apos;; layer names must be unique</source>
        <translation>два слоя называются «{0}»; имена слоёв должны быть уникальными</translation>
    </message>
    <message>
        <source>input shape must be (channels, height, width) &gt;= 1, got {0}</source>
        <translation>форма входа должна быть (каналы, высота, ширина), каждое не меньше 1, а получено: {0}</translation>
    </message>
    <message>
        <source>a classifier needs at least two class names</source>
        <translation>классификатору нужны хотя бы два имени классов</translation>
    </message>
    <message>
        <source>the model has no layers</source>
        <translation>в модели нет слоёв</translation>
    </message>
    <message>
        <source>the last layer gives shape {0}, but there are {1} classes ({2})</source>
        <translation>последний слой выдаёт форму {0}, а классов {1} ({2})</translation>
    </message>
    <message>
        <source>similarity must be one of {0}, got {1}</source>
        <translation>сходство должно быть одним из: {0}, а получено: {1}</translation>
    </message>
    <message>
        <source>gamma must be a number &gt; 0, got {0}</source>
        <translation>гамма должна быть числом больше 0, а получено: {0}</translation>
    </message>
    <message>
        <source>kernel, channels and stride must be &gt;= 1 and padding &gt;= 0</source>
        <translation>ядро, каналы и шаг должны быть не меньше 1, а паддинг — не меньше 0</translation>
    </message>
    <message>
        <source>expects (channels, height, width) input, got {0}</source>
        <translation>ожидает вход вида (каналы, высота, ширина), а получено: {0}</translation>
    </message>
    <message>
        <source>input has {0} channels, its filters expect {1}</source>
        <translation>у входа каналов: {0}, а фильтры рассчитаны на {1}</translation>
    </message>
    <message>
        <source>a {0}x{1} kernel does not fit a {2}x{3} input</source>
        <translation>ядро {0}x{1} не помещается во вход {2}x{3}</translation>
    </message>
    <message>
        <source>unknown activation {0}; choose one of {1}</source>
        <translation>неизвестная функция активации {0}; выберите одну из: {1}</translation>
    </message>
    <message>
        <source>pooling mode must be one of {0}, got {1}</source>
        <translation>режим пулинга должен быть одним из: {0}, а получено: {1}</translation>
    </message>
    <message>
        <source>output_size must be &gt;= 1</source>
        <translation>output_size должен быть не меньше 1</translation>
    </message>
    <message>
        <source>size and stride must be &gt;= 1</source>
        <translation>размер и шаг должны быть не меньше 1</translation>
    </message>
    <message>
        <source>cannot pool a {0}x{1} input onto a {2}x{3} grid</source>
        <translation>вход {0}x{1} нельзя свести пулингом к сетке {2}x{3}</translation>
    </message>
    <message>
        <source>a {0}x{1} window does not fit a {2}x{3} input</source>
        <translation>окно {0}x{1} не помещается во вход {2}x{3}</translation>
    </message>
    <message>
        <source>in_features and out_features must be &gt;= 1</source>
        <translation>in_features и out_features должны быть не меньше 1</translation>
    </message>
    <message>
        <source>expects a flat input of {0} features, got shape {1} (add a flatten layer before it)</source>
        <translation>ожидает плоский вход из {0} признаков, а получена форма {1} (добавьте перед ним слой flatten)</translation>
    </message>
    <message>
        <source>gets {0} input features, its weights expect {1}</source>
        <translation>получает входных признаков: {0}, а его веса рассчитаны на {1}</translation>
    </message>
    <message>
        <source>expects a flat vector of logits, got {0}</source>
        <translation>ожидает плоский вектор логитов, а получено: {0}</translation>
    </message>
    <message>
        <source>the &apos;\&apos; preset needs a square kernel of at least 2x2, not {0}</source>
        <translation>шаблону «\ диагональ» нужно квадратное ядро не меньше 2x2, а не {0}</translation>
    </message>
    <message>
        <source>the &apos;/&apos; preset needs a square kernel of at least 2x2, not {0}</source>
        <translation>шаблону «/ диагональ» нужно квадратное ядро не меньше 2x2, а не {0}</translation>
    </message>
    <message>
        <source>the &apos;horizontal&apos; preset needs an odd kernel height of at least 3 (a middle row), not {0}</source>
        <translation>шаблону «горизонтальная линия» нужна нечётная высота ядра не меньше 3 (чтобы была средняя строка), а не {0}</translation>
    </message>
    <message>
        <source>the &apos;vertical&apos; preset needs an odd kernel width of at least 3 (a middle column), not {0}</source>
        <translation>шаблону «вертикальная линия» нужна нечётная ширина ядра не меньше 3 (чтобы был средний столбец), а не {0}</translation>
    </message>
    <message>
        <source>the &apos;sobel_x&apos; preset needs a kernel of at least 2x2, not {0}</source>
        <translation>шаблону «Собель x» нужно ядро не меньше 2x2, а не {0}</translation>
    </message>
    <message>
        <source>the &apos;sobel_y&apos; preset needs a kernel of at least 2x2, not {0}</source>
        <translation>шаблону «Собель y» нужно ядро не меньше 2x2, а не {0}</translation>
    </message>
    <message>
        <source>the &apos;laplacian&apos; preset needs odd kernel sizes (a centre cell), not {0}</source>
        <translation>шаблону «Лапласиан» нужны нечётные размеры ядра (чтобы была центральная ячейка), а не {0}</translation>
    </message>
    <message>
        <source>the &apos;identity&apos; preset needs odd kernel sizes (a centre cell), not {0}</source>
        <translation>шаблону «тождественный» нужны нечётные размеры ядра (чтобы была центральная ячейка), а не {0}</translation>
    </message>
    <message>
        <source>the &apos;random&apos; preset needs a random generator (rng)</source>
        <translation>шаблону «случайный (He)» нужен генератор случайных чисел (rng)</translation>
    </message>
    <message>
        <source>unknown preset {0}; choose one of {1}</source>
        <translation>неизвестный шаблон {0}; выберите один из: {1}</translation>
    </message>
    <message>
        <source>no layer named {0} (layers: {1})</source>
        <translation>нет слоя с именем {0} (слои: {1})</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer, not a convolution layer</source>
        <translation>слой «{0}» — слой типа {1}, а не свёрточный</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer, not a pooling layer</source>
        <translation>слой «{0}» — слой типа {1}, а не слой пулинга</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer, not a dense layer</source>
        <translation>слой «{0}» — слой типа {1}, а не полносвязный</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer: activations follow convolution or dense layers</source>
        <translation>слой «{0}» — слой типа {1}: функция активации ставится после свёрточного или полносвязного слоя</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer: it has no settings to change</source>
        <translation>слой «{0}» — слой типа {1}: у него нет настроек, которые можно изменить</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; has filters 0 to {1}, not {2}</source>
        <translation>у слоя «{0}» фильтры с 0 по {1}, фильтра {2} нет</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; has input channels 0 to {1}, not {2}</source>
        <translation>у слоя «{0}» входные каналы с 0 по {1}, канала {2} нет</translation>
    </message>
    <message>
        <source>filter weights must be numbers</source>
        <translation>веса фильтра должны быть числами</translation>
    </message>
    <message>
        <source>filter {0} weights have shape {1}, expected {2}</source>
        <translation>веса фильтра {0} имеют форму {1}, а ожидается {2}</translation>
    </message>
    <message>
        <source>filter weights must be finite numbers</source>
        <translation>веса фильтра должны быть конечными числами</translation>
    </message>
    <message>
        <source>the bias must be a finite number</source>
        <translation>смещение должно быть конечным числом</translation>
    </message>
    <message>
        <source>similarity must be one of {0}, not {1}</source>
        <translation>сходство должно быть одним из: {0}, а не {1}</translation>
    </message>
    <message>
        <source>gamma must be a number &gt; 0, not {0}</source>
        <translation>гамма должна быть числом больше 0, а не {0}</translation>
    </message>
    <message>
        <source>padding must be 0 or more, not {0}</source>
        <translation>паддинг должен быть не меньше 0, а не {0}</translation>
    </message>
    <message>
        <source>stride must be 1 or more, not {0}</source>
        <translation>шаг должен быть не меньше 1, а не {0}</translation>
    </message>
    <message>
        <source>kernel size must be 1 or more, not {0}</source>
        <translation>размер ядра должен быть не меньше 1, а не {0}</translation>
    </message>
    <message>
        <source>a {0}x{1} kernel with padding {2} does not fit its {3}x{4} input (out = floor((n + 2p - k) / s) + 1 would be {5})</source>
        <translation>ядро {0}x{1} с паддингом {2} не помещается во вход {3}x{4} (out = floor((n + 2p - k) / s) + 1 было бы {5})</translation>
    </message>
    <message>
        <source>pooling mode must be one of {0}, not {1}</source>
        <translation>режим пулинга должен быть одним из: {0}, а не {1}</translation>
    </message>
    <message>
        <source>give either an output grid or a window size and stride, not both</source>
        <translation>укажите либо выходную сетку, либо размер окна и шаг, но не то и другое сразу</translation>
    </message>
    <message>
        <source>unknown conv setting(s) {0}</source>
        <translation>неизвестные настройки свёртки: {0}</translation>
    </message>
    <message>
        <source>unknown pooling setting(s) {0}</source>
        <translation>неизвестные настройки пулинга: {0}</translation>
    </message>
    <message>
        <source>no change given</source>
        <translation>изменение не указано</translation>
    </message>
    <message>
        <source>{0}: the scene must be a JSON object</source>
        <translation>{0}: сцена должна быть JSON-объектом</translation>
    </message>
    <message>
        <source>{0}: {1} must be a JSON object</source>
        <translation>{0}: элемент {1} должен быть JSON-объектом</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; is missing</source>
        <translation>нет поля «{0}»</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a whole number, got {1}</source>
        <translation>поле «{0}» должно быть целым числом, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a number, got {1}</source>
        <translation>поле «{0}» должно быть числом, а получено: {1}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be &quot;{1}&quot;, got &quot;{2}&quot; (is this a scene file?)</source>
        <translation>поле «{0}» должно быть «{1}», а получено «{2}» (это точно файл сцены?)</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a language code such as &quot;en&quot;, &quot;ja&quot; or &quot;ru&quot;, got &quot;{1}&quot;</source>
        <translation>поле «{0}» должно быть кодом языка, например &quot;en&quot;, &quot;ja&quot; или &quot;ru&quot;, а получено «{1}»</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be between {1} and {2} canvas pixels, got {3}</source>
        <translation>поле «{0}» должно быть от {1} до {2} пкс холста, а получено: {3}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be between {1} and {2} pixels, got {3}</source>
        <translation>поле «{0}» должно быть от {1} до {2} пкс, а получено: {3}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be between {1} and {2}, got {3}</source>
        <translation>поле «{0}» должно быть от {1} до {2}, а получено: {3}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a list of [x, y, pressure] number triples</source>
        <translation>поле «{0}» должно быть списком троек чисел [x, y, нажим]</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; holds a number that is not finite</source>
        <translation>в поле «{0}» есть число, которое не является конечным</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; is empty (a stroke has at least one point)</source>
        <translation>поле «{0}» пусто (у штриха есть хотя бы одна точка)</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a list of stage names</source>
        <translation>поле «{0}» должно быть списком названий этапов</translation>
    </message>
    <message>
        <source>scene format version {0} is not supported (this cnnviz reads version {1})</source>
        <translation>версия формата сцены {0} не поддерживается (этот cnnviz читает версию {1})</translation>
    </message>
    <message>
        <source>no such scene file</source>
        <translation>такого файла сцены нет</translation>
    </message>
    <message>
        <source>not a scene file (not UTF-8 text)</source>
        <translation>это не файл сцены (не текст в UTF-8)</translation>
    </message>
    <message>
        <source>not valid JSON (line {0}, column {1}: {2})</source>
        <translation>это некорректный JSON (строка {0}, столбец {1}: {2})</translation>
    </message>
    <message>
        <source>the scene was drawn on a {0}-pixel canvas; this canvas has {1} pixels</source>
        <translation>сцена нарисована на холсте в {0} пкс, а этот холст — {1} пкс</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>not an image or an unsupported format</source>
        <translation>это не изображение, или его формат не поддерживается</translation>
    </message>
    <message>
        <source>{0} has no {1}: export a collection first, or choose its folder</source>
        <translation>в {0} нет {1}: сначала экспортируйте коллекцию или выберите её папку</translation>
    </message>
    <message>
        <source>{0} needs the columns &apos;file&apos; and &apos;label&apos;, found {1}</source>
        <translation>в {0} нужны столбцы «file» и «label», а найдены: {1}</translation>
    </message>
    <message>
        <source>could not encode {0} as PNG</source>
        <translation>не удалось закодировать {0} в PNG</translation>
    </message>
    <message>
        <source>ignored (not an object of file names); the images are used without strokes</source>
        <translation>пропущен (это не объект с именами файлов); изображения используются без штрихов</translation>
    </message>
    <message>
        <source>ignored ({0}); the images are used without strokes</source>
        <translation>пропущен ({0}); изображения используются без штрихов</translation>
    </message>
    <message>
        <source>its strokes are unreadable ({0}); the image is used alone</source>
        <translation>штрихи не читаются ({0}); используется только изображение</translation>
    </message>
    <message>
        <source>{0} line {1}: unknown label {2} (expected {3} or {4})</source>
        <translation>{0}, строка {1}: неизвестная метка {2} (ожидалась {3} или {4})</translation>
    </message>
    <message>
        <source>{0} line {1}: file {2} is missing</source>
        <translation>{0}, строка {1}: нет файла {2}</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>изображение не читается</translation>
    </message>
    <message>
        <source>is {0} x {1} pixels, expected {2} x {3}</source>
        <translation>размер {0} × {1} пкс, а нужен {2} × {3}</translation>
    </message>
    <message>
        <source>it is a directory, not a file name</source>
        <translation>это папка, а не имя файла</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: an animation is saved as .gif or .mp4, not &apos;no suffix&apos;</source>
        <translation>«{0}»: анимация сохраняется как .gif или .mp4, а у файла нет расширения</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: an animation is saved as .gif or .mp4, not &apos;{1}&apos;</source>
        <translation>«{0}»: анимация сохраняется как .gif или .mp4, а не «{1}»</translation>
    </message>
    <message>
        <source>there is nothing to train on: add drawings with &quot;Add as ○/×&quot; or ask for synthetic sketches</source>
        <translation>не на чем обучать: добавьте рисунки кнопками «Добавить как ○/×» или задайте синтетические наброски</translation>
    </message>
    <message>
        <source>no training samples: collect at least a few drawings or add synthetic sketches</source>
        <translation>нет обучающих примеров: соберите хотя бы несколько рисунков или добавьте синтетические наброски</translation>
    </message>
    <message>
        <source>the worker process ended unexpectedly (exit code {0})</source>
        <translation>рабочий процесс неожиданно завершился (код выхода {0})</translation>
    </message>
    <message>
        <source>the worker process ended unexpectedly</source>
        <translation>рабочий процесс неожиданно завершился</translation>
    </message>
    <message>
        <source>The hand-set circle/cross detector of the lecture: two 3x3 diagonal filters, ReLU, max-pooling into the four quadrants, 8 hand-set weights per class, softmax. 38 parameters.</source>
        <translation>Заданный вручную детектор кругов и крестиков из лекции: два диагональных фильтра 3x3, ReLU, макс-пулинг по четырём квадрантам, 8 заданных вручную весов на класс, софтмакс. 38 параметров.</translation>
    </message>
    <message>
        <source>Trained by cnnviz: {0}, {1} synthetic sketches, {2} epochs, {3} lr {4}, seed {5}.</source>
        <translation>Обучена в cnnviz: {0}, синтетических набросков: {1}, эпох: {2}, {3} со скоростью обучения {4}, сид {5}.</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He)</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; convolutions use cosine similarity</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He); свёртки используют косинусное сходство</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; convolutions use rbf similarity</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He); свёртки используют радиальное базисное сходство</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters start from {4}&apos;s</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He); {1}: {2} из {3} фильтров начинают с фильтров {4}</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters start from {4}&apos;s; convolutions use cosine similarity</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He); {1}: {2} из {3} фильтров начинают с фильтров {4}; свёртки используют косинусное сходство</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters start from {4}&apos;s; convolutions use rbf similarity</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He); {1}: {2} из {3} фильтров начинают с фильтров {4}; свёртки используют радиальное базисное сходство</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits {0}; all filters are random</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He); ни один свёрточный слой {1} не подходит к {0}; все фильтры случайные</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits {0}; all filters are random; convolutions use cosine similarity</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He); ни один свёрточный слой {1} не подходит к {0}; все фильтры случайные; свёртки используют косинусное сходство</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits {0}; all filters are random; convolutions use rbf similarity</source>
        <translation>обучена в приложении; {0}: случайные начальные веса (He); ни один свёрточный слой {1} не подходит к {0}; все фильтры случайные; свёртки используют радиальное базисное сходство</translation>
    </message>
    <message>
        <source>cannot read model &apos;{0}&apos;: {1}</source>
        <translation>не удаётся прочитать модель «{0}»: {1}</translation>
    </message>
    <message>
        <source>cannot read &apos;{0}&apos;: {1}</source>
        <translation>не удаётся прочитать «{0}»: {1}</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>не удаётся прочитать: {0}</translation>
    </message>
    <message>
        <source>could not read {0}: {1}</source>
        <translation>не удалось прочитать {0}: {1}</translation>
    </message>
    <message>
        <source>could not write the collection to {0}: {1}</source>
        <translation>не удалось записать коллекцию в {0}: {1}</translation>
    </message>
    <message>
        <source>its settings ask for weights too large to hold ({0})</source>
        <translation>настройки требуют слишком больших весов, их не удержать в памяти ({0})</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; codec can&apos;t decode byte {1} in position {2}: {3}</source>
        <translation>кодек {0} не может декодировать байт {1} в позиции {2}: {3}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; codec can&apos;t decode bytes in position {1}-{2}: {3}</source>
        <translation>кодек {0} не может декодировать байты в позициях {1}–{2}: {3}</translation>
    </message>
    <message>
        <source>[Errno {0}] cannot write &apos;{1}&apos;: {2}</source>
        <translation>[Errno {0}] не удаётся записать «{1}»: {2}</translation>
    </message>
    <message>
        <source>cannot write &apos;{0}&apos;: {1}</source>
        <translation>не удаётся записать «{0}»: {1}</translation>
    </message>
    <message>
        <source>this change cannot be made, nothing was changed: {0}</source>
        <translation>это изменение невозможно, ничего не изменено: {0}</translation>
    </message>
    <message>
        <source>{0}; nothing was changed</source>
        <translation>{0}; ничего не изменено</translation>
    </message>
    <message>
        <source>{0}; re-initialising it needs a random generator (rng)</source>
        <translation>{0}; чтобы инициализировать его заново, нужен генератор случайных чисел (rng)</translation>
    </message>
    <message>
        <source>layer {0} (&apos;{1}&apos;): {2}</source>
        <translation>слой {0} («{1}»): {2}</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos;: {1}</source>
        <translation>слой «{0}»: {1}</translation>
    </message>
    <message>
        <source>layer {0}: {1}</source>
        <translation>слой {0}: {1}</translation>
    </message>
    <message>
        <source>[Errno {0}] {1}</source>
        <translation>[Errno {0}] {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Collected drawings</source>
        <translation>Собранные рисунки</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Пробы</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>Add as ○</source>
        <translation>Добавить как ○</translation>
    </message>
    <message>
        <source>Add as ×</source>
        <translation>Добавить как ×</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Показать: {0}</translation>
    </message>
    <message>
        <source>Freeze as A</source>
        <translation>Зафиксировать как A</translation>
    </message>
    <message>
        <source>Panels show B (the drawing now)</source>
        <translation>Панели показывают B (текущий рисунок)</translation>
    </message>
    <message>
        <source>Panels show A</source>
        <translation>Панели показывают A</translation>
    </message>
    <message>
        <source>Panels show B − A</source>
        <translation>Панели показывают B − A</translation>
    </message>
    <message>
        <source>Train on the collection…</source>
        <translation>Обучить на коллекции…</translation>
    </message>
    <message>
        <source>Translation map of the drawing</source>
        <translation>Карта сдвигов рисунка</translation>
    </message>
    <message>
        <source>Export collection…</source>
        <translation>Экспорт коллекции…</translation>
    </message>
    <message>
        <source>Import collection…</source>
        <translation>Импорт коллекции…</translation>
    </message>
    <message>
        <source>Save trained model…</source>
        <translation>Сохранить обученную модель…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV of original plot data</source>
        <translation>Исходные данные графика (CSV)</translation>
    </message>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>Файл изображения (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
        <source>Matplotlib Window</source>
        <translation>Окно Matplotlib</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>Векторная графика (SVG)</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>разделитель</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>точность (знаков)</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>расположение столбцов</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>сглаживание</translation>
    </message>
    <message>
        <source>background</source>
        <translation>фон</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>инвертировать значения</translation>
    </message>
    <message>
        <source>scaling stroke</source>
        <translation>масштабировать толщину линий</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>Векторная графика</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>no panel &apos;{0}&apos; to export; choose one of {1}</source>
        <translation>нет панели «{0}» для экспорта; выберите одну из: {1}</translation>
    </message>
    <message>
        <source>a figure&apos;s width must be {0} to {1} pixels, got {2}</source>
        <translation>ширина рисунка должна быть от {0} до {1} пикселей, а получено: {2}</translation>
    </message>
    <message>
        <source>panel &apos;{0}&apos; has no size yet (is the window shown?)</source>
        <translation>у панели «{0}» ещё нет размера (окно показано?)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: a figure is saved as .png or .svg, not &apos;no suffix&apos;</source>
        <translation>«{0}»: рисунок сохраняется как .png или .svg, а у файла нет расширения</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: a figure is saved as .png or .svg, not &apos;{1}&apos;</source>
        <translation>«{0}»: рисунок сохраняется как .png или .svg, а не «{1}»</translation>
    </message>
    <message>
        <source>could not encode the figure of &apos;{0}&apos; as PNG</source>
        <translation>не удалось закодировать рисунок «{0}» в PNG</translation>
    </message>
    <message>
        <source>could not draw the figure of &apos;{0}&apos; as SVG</source>
        <translation>не удалось нарисовать рисунок «{0}» в SVG</translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>empty: type a number such as 0.5 or -1</source>
        <translation>пусто: введите число, например 0.5 или -1</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number: type one such as 0.5 or -1</source>
        <translation>«{0}» — не число: введите, например, 0.5 или -1</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a finite number</source>
        <translation>«{0}» — не конечное число</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large: weights between -{1} and {1} only</source>
        <translation>«{0}» слишком велико: веса только от -{1} до {1}</translation>
    </message>
    <message>
        <source>No filter selected</source>
        <translation>Фильтр не выбран</translation>
    </message>
    <message>
        <source>input channel</source>
        <translation>входной канал</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <source>Click a cell, then type a number (Enter applies, Esc cancels)</source>
        <translation>Щёлкните ячейку и введите число (Enter — применить, Esc — отменить)</translation>
    </message>
    <message>
        <source>Press and drag over cells to set them to the brush value</source>
        <translation>Проведите с нажатой кнопкой по ячейкам, чтобы задать им значение кисти</translation>
    </message>
    <message>
        <source>brush </source>
        <translation>кисть </translation>
    </message>
    <message>
        <source>preset…</source>
        <translation>шаблон…</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>все каналы</translation>
    </message>
    <message>
        <source>Apply a preset to every input channel&apos;s slice of the filter, or only to the one shown</source>
        <translation>Применить шаблон ко всем входным каналам фильтра или только к показанному</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
    <message>
        <source>{0} · filter {1}  ({2}, {3} channels)</source>
        <translation>{0} · фильтр {1} ({2}, каналов: {3})</translation>
    </message>
    <message>
        <source>{0} · filter {1}  ({2})</source>
        <translation>{0} · фильтр {1} ({2})</translation>
    </message>
    <message>
        <source>This layer computes a true convolution: the grid shows the weights as stored; they are multiplied rotated by 180°.</source>
        <translation>Этот слой вычисляет настоящую свёртку: сетка показывает веса как хранятся; умножаются они повёрнутыми на 180°.</translation>
    </message>
    <message>
        <source>Cross-correlation: the grid is laid on each patch exactly as shown.</source>
        <translation>Взаимная корреляция: сетка накладывается на каждый фрагмент ровно так, как показана.</translation>
    </message>
    <message>
        <source>Cell ({0}, {1}): {2}. Not applied; the cell keeps {3}.</source>
        <translation>Ячейка ({0}, {1}): {2}. Не применено; в ячейке остаётся {3}.</translation>
    </message>
    <message>
        <source>Bias: {0}. Not applied; the bias stays {1}.</source>
        <translation>Смещение: {0}. Не применено; смещение остаётся {1}.</translation>
    </message>
    <message>
        <source>{0}. Not applied.</source>
        <translation>{0}. Не применено.</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <source>Got it</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <source>Everything here can be pointed at and clicked: a map&apos;s cell shows its arithmetic, a filter opens in the editor, the softmax and logit bars explain a class, and a stage&apos;s title enlarges that stage (F; Esc returns).</source>
        <translation>Здесь на всё можно навести указатель и щёлкнуть: ячейка карты признаков показывает свою арифметику, фильтр открывается в редакторе, полосы softmax и логитов объясняют класс, а заголовок слоя увеличивает этот слой (F; Esc — назад).</translation>
    </message>
</context>
<context>
    <name>FocusedStageView</name>
    <message>
        <source>Back to all stages</source>
        <translation>Назад ко всем слоям</translation>
    </message>
    <message>
        <source>← → stages · ↑ ↓ maps · click a map to show it alone · Esc back</source>
        <translation>← → слои · ↑ ↓ карты · щелчок по карте — показать её одну · Esc — назад</translation>
    </message>
    <message>
        <source>Previous stage (Left arrow)</source>
        <translation>Предыдущий слой (стрелка влево)</translation>
    </message>
    <message>
        <source>Next stage (Right arrow)</source>
        <translation>Следующий слой (стрелка вправо)</translation>
    </message>
    <message>
        <source>Back to the whole pipeline (Esc)</source>
        <translation>Назад ко всему конвейеру (Esc)</translation>
    </message>
    <message>
        <source>map {0} of {1}</source>
        <translation>карта {0} из {1}</translation>
    </message>
    <message>
        <source>{0}  —  stage {1} of {2}</source>
        <translation>{0}  —  слой {1} из {2}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>Связать с:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Связывает эту ось с другой областью просмотра. Связанные области показывают один и тот же диапазон данных.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Доля данных, видимая при автомасштабировании. Для данных с резкими выбросами это значение бывает полезно уменьшить.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Автоматически подгонять диапазон этой оси при каждом изменении показанных данных.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Задать диапазон этой оси вручную. Автомасштабирование при этом отключается.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Наименьшее значение, показываемое на этой оси.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Наибольшее значение, показываемое на этой оси.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Переворачивает направление этой оси (+y направлен вниз, а не вверх).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>Перевернуть ось</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Включает управление мышью (сдвиг, масштаб) по этой оси.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>Управление мышью</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Если отмечено, автомасштабирование учитывает только данные, видимые по другой оси.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>Лишь видимое</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Если отмечено, ось автоматически сдвигается так, чтобы данные были в центре, но её масштаб не меняется.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>Только сдвиг</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>Показывать среднее кривых этого графика. В списке параметров можно выбрать, по каким параметрам усреднять (если они есть).</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>Рисовать только видимую часть каждой кривой. Предполагается, что значения X идут с равным шагом.</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>Только видимая часть</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>Если на графике несколько кривых, отметьте, чтобы ограничить число показанных кривых.</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>Не больше кривых:</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>Прореживание</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>Прореживать, рисуя пилообразную линию по минимумам и максимумам исходных данных. Самый точный вид, но медленнее.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Пики</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>Если на графике несколько кривых, отметьте «Не больше кривых» и задайте это число, чтобы ограничить число показанных кривых.</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>Если отмечено «Не больше кривых», удалять скрытые кривые из памяти (экономит память, но скрытые кривые уже не вернуть).</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>Удалять скрытые кривые</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>Прореживать, беря среднее каждых N точек.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>Прореживать, беря первую из каждых N точек. Самый быстрый и самый неточный способ.</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>Автоматически прореживать данные по видимому диапазону. Предполагается, что значения X идут с равным шагом.</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>Прореживать данные перед рисованием (рисовать каждую N-ю точку).</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>Лог. шкала X</translation>
    </message>
    <message>
        <source>Y vs. Y&apos;</source>
        <translation>Фазовый портрет (Y, Y&apos;)</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>Спектр мощности (FFT)</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Лог. шкала Y</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>Вычесть среднее</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>Сетка по X</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Сетка по Y</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Прозрачность</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>Что экспортировать:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Параметры экспорта</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>InspectController</name>
    <message>
        <source>Could not %s: %s: %s</source>
        <translation>Не удалось выполнить (%s): %s: %s</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Filter editor</source>
        <translation>Редактор фильтра</translation>
    </message>
    <message>
        <source>Layers and model</source>
        <translation>Слои и модель</translation>
    </message>
    <message>
        <source>Undo model edit</source>
        <translation>Отменить правку модели</translation>
    </message>
    <message>
        <source>Take back the last change to the model (Ctrl+Alt+Z); Ctrl+Z undoes the drawing</source>
        <translation>Отменить последнее изменение модели (Ctrl+Alt+Z); Ctrl+Z отменяет рисование</translation>
    </message>
    <message>
        <source>Redo model edit</source>
        <translation>Повторить правку модели</translation>
    </message>
    <message>
        <source>Make the undone model change again (Ctrl+Alt+Shift+Z)</source>
        <translation>Снова внести отменённое изменение модели (Ctrl+Alt+Shift+Z)</translation>
    </message>
    <message>
        <source>Save model as…</source>
        <translation>Сохранить модель как…</translation>
    </message>
    <message>
        <source>Write the model, with your edits, to a model file</source>
        <translation>Записать модель с вашими правками в файл модели</translation>
    </message>
    <message>
        <source>Reset to shipped model</source>
        <translation>Вернуть исходную модель</translation>
    </message>
    <message>
        <source>Reload the model as shipped (or as in its file); undoable</source>
        <translation>Заново загрузить модель в исходном виде (или как в её файле); можно отменить</translation>
    </message>
    <message>
        <source>Parameter summary…</source>
        <translation>Сводка параметров…</translation>
    </message>
    <message>
        <source>How many parameters each layer has, and a dense layer&apos;s count</source>
        <translation>Сколько параметров у каждого слоя и сколько было бы у полносвязного</translation>
    </message>
    <message>
        <source>Unpin inspector</source>
        <translation>Открепить инспектор</translation>
    </message>
    <message>
        <source>Let the inspector follow the pointer again (Esc)</source>
        <translation>Инспектор снова следует за указателем (Esc)</translation>
    </message>
    <message>
        <source>Inspector and model edits…</source>
        <translation>Инспектор и правка модели…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point&lt;/b&gt; at any cell of a map: the Inspector shows its arithmetic, and its receptive field is outlined on the layer&apos;s input (dashed where the filter reaches into zero padding).&lt;br&gt;&lt;b&gt;Click&lt;/b&gt; a cell or a softmax / logit bar to pin it (it follows the pen); click it again or press &lt;b&gt;Esc&lt;/b&gt; to unpin.&lt;br&gt;&lt;b&gt;Click a filter&lt;/b&gt; (the small weights left of a convolution map) to edit it in the Filter editor.&lt;br&gt;&lt;b&gt;Click a stage&apos;s title&lt;/b&gt; for its settings in Layers and model.&lt;br&gt;&lt;br&gt;&lt;b&gt;Ctrl+Alt+Z&lt;/b&gt; undo model edit, &lt;b&gt;Ctrl+Alt+Shift+Z&lt;/b&gt; or &lt;b&gt;Ctrl+Alt+Y&lt;/b&gt; redo it (Ctrl+Z and Ctrl+Shift+Z undo and redo the drawing).&lt;br&gt;Model menu: Save model as…, Reset to shipped model, Parameter summary.</source>
        <translation>&lt;b&gt;Наведите&lt;/b&gt; на любую ячейку карты: инспектор покажет её вычисление, а на входе слоя будет обведено рецептивное поле (пунктиром — там, где фильтр заходит в нулевой паддинг).&lt;br&gt;&lt;b&gt;Щёлкните&lt;/b&gt; ячейку или столбик софтмакса / логита, чтобы закрепить (он следует за пером); щёлкните снова или нажмите &lt;b&gt;Esc&lt;/b&gt;, чтобы открепить.&lt;br&gt;&lt;b&gt;Щёлкните фильтр&lt;/b&gt; (маленькие веса слева от карты свёртки), чтобы изменить его в редакторе фильтра.&lt;br&gt;&lt;b&gt;Щёлкните заголовок этапа&lt;/b&gt;, чтобы увидеть его настройки в «Слоях и модели».&lt;br&gt;&lt;br&gt;&lt;b&gt;Ctrl+Alt+Z&lt;/b&gt; отменяет правку модели, &lt;b&gt;Ctrl+Alt+Shift+Z&lt;/b&gt; или &lt;b&gt;Ctrl+Alt+Y&lt;/b&gt; повторяет её (Ctrl+Z и Ctrl+Shift+Z отменяют и повторяют рисование).&lt;br&gt;Меню «Модель»: Сохранить модель как…, Вернуть исходную модель, Сводка параметров.</translation>
    </message>
    <message>
        <source>Inspector and model edits</source>
        <translation>Инспектор и правка модели</translation>
    </message>
    <message>
        <source>%s: the drawing as the network sees it (0 = paper, 1 = ink)</source>
        <translation>%s: рисунок так, как его видит сеть (0 = бумага, 1 = чернила)</translation>
    </message>
    <message>
        <source>%s parameters: %s</source>
        <translation>%s параметров: %s</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>нет параметров</translation>
    </message>
    <message>
        <source>%s applied to every cell</source>
        <translation>%s применяется к каждой ячейке</translation>
    </message>
    <message>
        <source>Point at a map cell for its arithmetic, click to pin; click the filter left of a map to edit it; click this title for the layer&apos;s settings.</source>
        <translation>Наведите на ячейку карты, чтобы увидеть вычисление, щёлкните, чтобы закрепить; щёлкните фильтр слева от карты, чтобы изменить его; щёлкните этот заголовок для настроек слоя.</translation>
    </message>
    <message>
        <source>Point at a cell to see the window it pooled; click this title for the layer&apos;s settings.</source>
        <translation>Наведите на ячейку, чтобы увидеть окно пулинга; щёлкните этот заголовок для настроек слоя.</translation>
    </message>
    <message>
        <source>Point at a cell for the sum behind it.</source>
        <translation>Наведите на ячейку, чтобы увидеть сумму за ней.</translation>
    </message>
    <message>
        <source>Point at a unit for each input&apos;s contribution.</source>
        <translation>Наведите на нейрон, чтобы увидеть вклад каждого входа.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>правка</translation>
    </message>
    <message>
        <source>No model edit to undo.</source>
        <translation>Нет правок модели для отмены.</translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation>Отменено: %s</translation>
    </message>
    <message>
        <source>No model edit to redo.</source>
        <translation>Нет правок модели для повтора.</translation>
    </message>
    <message>
        <source>Redone: %s</source>
        <translation>Повторено: %s</translation>
    </message>
    <message>
        <source>Undo model edit: %s</source>
        <translation>Отменить правку модели: %s</translation>
    </message>
    <message>
        <source>Redo model edit: %s</source>
        <translation>Повторить правку модели: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n model edit(s) since it was opened; Ctrl+Alt+Z undoes, Ctrl+Alt+Shift+Z redoes.</source>
        <translation>
            <numerusform>%n правка модели с момента открытия; Ctrl+Alt+Z отменяет, Ctrl+Alt+Shift+Z повторяет.</numerusform>
            <numerusform>%n правки модели с момента открытия; Ctrl+Alt+Z отменяет, Ctrl+Alt+Shift+Z повторяет.</numerusform>
            <numerusform>%n правок модели с момента открытия; Ctrl+Alt+Z отменяет, Ctrl+Alt+Shift+Z повторяет.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model as opened: no edits yet.</source>
        <translation>Модель как при открытии: правок пока нет.</translation>
    </message>
    <message>
        <source>Could not reset to %s: %s. The model shown is kept.</source>
        <translation>Не удалось вернуть %s: %s. Показанная модель сохранена.</translation>
    </message>
    <message>
        <source>reset to %s as shipped</source>
        <translation>возврат к исходной %s</translation>
    </message>
    <message>
        <source>reset to %s as saved in its file</source>
        <translation>возврат к %s, как в файле</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Сохранить модель как</translation>
    </message>
    <message>
        <source>cnnviz models (*.json);;All files (*)</source>
        <translation>Модели cnnviz (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not save the model to %s: %s. Nothing was lost: the edited model is still open.</source>
        <translation>Не удалось сохранить модель в %s: %s. Ничего не потеряно: изменённая модель по-прежнему открыта.</translation>
    </message>
    <message>
        <source>Saved the model to %s</source>
        <translation>Модель сохранена в %s</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>открыта</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Point at a cell of any feature map to see its arithmetic.</source>
        <translation>Наведите на ячейку любой карты признаков, чтобы увидеть её вычисление.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Keep showing this cell while the pointer moves elsewhere; it still follows the pen</source>
        <translation>Показывать эту ячейку, даже когда указатель уходит; она по-прежнему следует за пером</translation>
    </message>
    <message>
        <source>The cell shown before no longer exists in this network.</source>
        <translation>Показанной ранее ячейки в этой сети больше нет.</translation>
    </message>
    <message>
        <source>The whole network has {0} parameters; one dense layer from the {1} inputs straight to the {2} classes would have {3}.</source>
        <translation>У всей сети {0} параметров; у одного полносвязного слоя прямо от {1} входов к {2} классам было бы {3}.</translation>
    </message>
    <message>
        <source>{0} · map {1} · row {2}, col {3}</source>
        <translation>{0} · карта {1} · строка {2}, столбец {3}</translation>
    </message>
    <message>
        <source>  (pointed at {0})</source>
        <translation> (указано на {0})</translation>
    </message>
    <message>
        <source>; grey cells are padding zeros outside the input</source>
        <translation>; серые ячейки — нули паддинга за пределами входа</translation>
    </message>
    <message>
        <source>Filter {0} laid on rows {1} to {2}, cols {3} to {4} of {5} (stride {6}, padding {7})</source>
        <translation>Фильтр {0} наложен на {5}: строки {1}–{2}, столбцы {3}–{4} (шаг {6}, паддинг {7})</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. {1}.</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>фрагмент</translation>
    </message>
    <message>
        <source>filter (rotated 180°)</source>
        <translation>фильтр (повёрнут на 180°)</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>фильтр</translation>
    </message>
    <message>
        <source>products</source>
        <translation>произведения</translation>
    </message>
    <message>
        <source>partial sum</source>
        <translation>частичная сумма</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>input channels {0} to {1} (not listed cell by cell): partial sums </source>
        <translation>входные каналы {0}–{1} (не по ячейкам): частичные суммы </translation>
    </message>
    <message>
        <source>input channel {0}: patch × filter {1} slice {0}, summed = {2}</source>
        <translation>входной канал {0}: фрагмент × срез {0} фильтра {1}, сумма = {2}</translation>
    </message>
    <message>
        <source>padding: a zero outside the input</source>
        <translation>паддинг: ноль за пределами входа</translation>
    </message>
    <message>
        <source>channels: </source>
        <translation>каналы: </translation>
    </message>
    <message>
        <source>sum of the {0} products = {1}</source>
        <translation>сумма {0} произведений = {1}</translation>
    </message>
    <message>
        <source>{0} similarity: {1}</source>
        <translation>сходство {0}: {1}</translation>
    </message>
    <message>
        <source>{0} + bias {1} = {2}</source>
        <translation>{0} + смещение {1} = {2}</translation>
    </message>
    <message>
        <source>  (the value in the feature map)</source>
        <translation> (значение в карте признаков)</translation>
    </message>
    <message>
        <source>undefined (a zero vector)</source>
        <translation>не определён (нулевой вектор)</translation>
    </message>
    <message>
        <source>&lt;b&gt;As an inner product&lt;/b&gt; of two vectors of {0} numbers: patch · filter = {1}; |patch| = {2}, |filter| = {3}; cosine = dot / (|patch| |filter|) = {4}: 1 means the patch has exactly the filter&apos;s pattern, 0 nothing of it, -1 its opposite.</source>
        <translation>&lt;b&gt;Как скалярное произведение&lt;/b&gt; двух векторов из {0} чисел: фрагмент · фильтр = {1}; |фрагмент| = {2}, |фильтр| = {3}; косинус = произведение / (|фрагмент| |фильтр|) = {4}: 1 — фрагмент в точности повторяет узор фильтра, 0 — ничего общего, -1 — противоположность.</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>макс-пулинг</translation>
    </message>
    <message>
        <source>min pooling</source>
        <translation>мин-пулинг</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>усредняющий пулинг</translation>
    </message>
    <message>
        <source>an adaptive bin (the grid is fixed whatever the input size)</source>
        <translation>адаптивный интервал (сетка фиксирована при любом размере входа)</translation>
    </message>
    <message>
        <source>a window</source>
        <translation>окно</translation>
    </message>
    <message>
        <source> The largest value wins (the first one at ties).</source>
        <translation> Побеждает наибольшее значение (при равенстве — первое).</translation>
    </message>
    <message>
        <source> The smallest value wins (the first one at ties).</source>
        <translation> Побеждает наименьшее значение (при равенстве — первое).</translation>
    </message>
    <message>
        <source>Pools {0}: rows {1} to {2}, cols {3} to {4} of {5}, map {6}.</source>
        <translation>Пулинг по {0}: {5}, карта {6}, строки {1}–{2}, столбцы {3}–{4}.</translation>
    </message>
    <message>
        <source> Showing rows {0} to {1}, cols {2} to {3} of the window.</source>
        <translation> Показаны строки {0}–{1}, столбцы {2}–{3} окна.</translation>
    </message>
    <message>
        <source>col {0}</source>
        <translation>столбец {0}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>строка {0}</translation>
    </message>
    <message>
        <source>logit of &apos;{0}&apos;</source>
        <translation>логит «{0}»</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>выход {0}</translation>
    </message>
    <message>
        <source>Each of the {0} input features times its weight, largest contributions first; they sum, with the bias, to the {1}.</source>
        <translation>Каждый из {0} входных признаков, умноженный на свой вес, — сначала наибольшие вклады; вместе со смещением они дают {1}.</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>признак</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>× weight</source>
        <translation>× вес</translation>
    </message>
    <message>
        <source>= contribution</source>
        <translation>= вклад</translation>
    </message>
    <message>
        <source>the other {0} features, together</source>
        <translation>остальные {0} признаков вместе</translation>
    </message>
    <message>
        <source>(smaller contributions)</source>
        <translation>(меньшие вклады)</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ смещение</translation>
    </message>
    <message>
        <source>softmax · p({0})</source>
        <translation>софтмакс · p({0})</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
    <message>
        <source>logit z</source>
        <translation>логит z</translation>
    </message>
    <message>
        <source>z - max</source>
        <translation>z - max</translation>
    </message>
    <message>
        <source>exp(z - max)</source>
        <translation>exp(z - max)</translation>
    </message>
    <message>
        <source>÷ sum</source>
        <translation>÷ сумма</translation>
    </message>
    <message>
        <source>= probability</source>
        <translation>= вероятность</translation>
    </message>
    <message>
        <source>{0} · cell {1}</source>
        <translation>{0} · ячейка {1}</translation>
    </message>
    <message>
        <source>{0} · feature {1}</source>
        <translation>{0} · признак {1}</translation>
    </message>
    <message>
        <source>feature {0} is {1}: {2} (flattening only lines the maps up: map by map, row by row)</source>
        <translation>признак {0} — это {1}: {2} (выпрямление лишь выстраивает карты в ряд: карта за картой, строка за строкой)</translation>
    </message>
    <message>
        <source>Check: {0}.</source>
        <translation>Проверка: {0}.</translation>
    </message>
    <message>
        <source>{0}: {1} parameters.</source>
        <translation>{0}: {1} параметров.</translation>
    </message>
</context>
<context>
    <name>LayerControls</name>
    <message>
        <source>Frameworks (PyTorch, TensorFlow) compute cross-correlation and call it &quot;convolution&quot;: the filters are learned, so a flipped kernel would just be learned flipped.</source>
        <translation>Фреймворки (PyTorch, TensorFlow) вычисляют взаимную корреляцию и называют её «свёрткой»: фильтры обучаются, так что перевёрнутое ядро просто обучится перевёрнутым.</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>взаимная корреляция</translation>
    </message>
    <message>
        <source>true convolution (kernel rotated 180°)</source>
        <translation>настоящая свёртка (ядро повёрнуто на 180°)</translation>
    </message>
    <message>
        <source>inner product (dot): a convolution</source>
        <translation>скалярное произведение: свёртка</translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation>косинусное сходство</translation>
    </message>
    <message>
        <source>radial basis: exp(-γ |patch - filter|²)</source>
        <translation>радиальная базисная функция: exp(-γ |фрагмент - фильтр|²)</translation>
    </message>
    <message>
        <source>Select a convolution or pooling layer</source>
        <translation>Выберите свёрточный слой или слой пулинга</translation>
    </message>
    <message>
        <source>identity (none)</source>
        <translation>тождественная (нет)</translation>
    </message>
    <message>
        <source>What each output cell measures between the filter and the patch under it</source>
        <translation>Что каждая выходная ячейка измеряет между фильтром и фрагментом под ним</translation>
    </message>
    <message>
        <source>γ of the radial-basis similarity: larger means only very close patches score high</source>
        <translation>γ радиального сходства: чем больше, тем выше оценка только у очень близких фрагментов</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>паддинг</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>шаг (stride)</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>размер ядра</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>функция активации</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>операция</translation>
    </message>
    <message>
        <source>similarity</source>
        <translation>сходство</translation>
    </message>
    <message>
        <source>gamma (rbf)</source>
        <translation>гамма (rbf)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>максимум</translation>
    </message>
    <message>
        <source>min</source>
        <translation>минимум</translation>
    </message>
    <message>
        <source>average</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>fixed output grid (adaptive)</source>
        <translation>фиксированная выходная сетка (адаптивный)</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>режим</translation>
    </message>
    <message>
        <source>output grid</source>
        <translation>выходная сетка</translation>
    </message>
    <message>
        <source>window size</source>
        <translation>размер окна</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>У этого слоя нет настроек.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Go back to the model before the last change</source>
        <translation>Вернуться к модели до последнего изменения</translation>
    </message>
    <message>
        <source>{0}: convolution</source>
        <translation>{0}: свёртка</translation>
    </message>
    <message>
        <source>{0}: pooling</source>
        <translation>{0}: пулинг</translation>
    </message>
    <message>
        <source>input {0}  →  output {1}</source>
        <translation>вход {0}  →  выход {1}</translation>
    </message>
    <message>
        <source>{0} parameters: {1}</source>
        <translation>{0} параметров: {1}</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>нет параметров</translation>
    </message>
    <message>
        <source>height and width: {0}</source>
        <translation>высота и ширина: {0}</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
</context>
<context>
    <name>Lecture</name>
    <message>
        <source>Step through a convolution</source>
        <translation>Свёртка по шагам</translation>
    </message>
    <message>
        <source>Stroke timeline</source>
        <translation>Шкала штрихов</translation>
    </message>
    <message>
        <source>&amp;Step through a convolution</source>
        <translation>&amp;Свёртка по шагам</translation>
    </message>
    <message>
        <source>Play / pause the stepper</source>
        <translation>Пуск / пауза пошагового показа</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Шаг вперёд</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <source>Back to the first cell</source>
        <translation>К первой ячейке</translation>
    </message>
    <message>
        <source>Compute every cell</source>
        <translation>Вычислить все ячейки</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Быстрее</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Режим презентации</translation>
    </message>
    <message>
        <source>P&amp;redict, then reveal</source>
        <translation>Сначала п&amp;редсказать, потом показать</translation>
    </message>
    <message>
        <source>Conceal the chosen stages until Space is pressed</source>
        <translation>Скрыть выбранные этапы до нажатия пробела</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Reveal the concealed stages (press again to conceal them)</source>
        <translation>Показать скрытые этапы (нажмите снова, чтобы скрыть)</translation>
    </message>
    <message>
        <source>Stroke &amp;timeline</source>
        <translation>&amp;Шкала штрихов</translation>
    </message>
    <message>
        <source>Replay the drawing</source>
        <translation>Воспроизвести рисунок</translation>
    </message>
    <message>
        <source>Timeline back</source>
        <translation>Назад по шкале</translation>
    </message>
    <message>
        <source>Timeline forward</source>
        <translation>Вперёд по шкале</translation>
    </message>
    <message>
        <source>Open &amp;scene…</source>
        <translation>Открыть &amp;сцену…</translation>
    </message>
    <message>
        <source>Save s&amp;cene…</source>
        <translation>Сохранить с&amp;цену…</translation>
    </message>
    <message>
        <source>&amp;Export figure (PNG/SVG)…</source>
        <translation>&amp;Экспорт рисунка (PNG/SVG)…</translation>
    </message>
    <message>
        <source>Export &amp;animation (GIF/MP4)…</source>
        <translation>Экспорт &amp;анимации (GIF/MP4)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Red/blue palette</source>
        <translation>Красно-синяя палитра</translation>
    </message>
    <message>
        <source>Colour-blind-safe palette (blue/orange)</source>
        <translation>Палитра для дальтоников (синий/оранжевый)</translation>
    </message>
    <message>
        <source>&amp;Conceal until revealed</source>
        <translation>&amp;Скрывать до показа</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet (.xlsx)…</source>
        <translation>Экспорт &amp;таблицы Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>&amp;Import filters from spreadsheet…</source>
        <translation>&amp;Импорт фильтров из таблицы…</translation>
    </message>
    <message>
        <source>Export a &amp;table as CSV…</source>
        <translation>Экспорт т&amp;аблицы в CSV…</translation>
    </message>
    <message>
        <source>Conceal</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Prediction and softmax</source>
        <translation>Предсказание и софтмакс</translation>
    </message>
    <message>
        <source>Opened scene %1</source>
        <translation>Открыта сцена %1</translation>
    </message>
    <message>
        <source>Saved scene %1</source>
        <translation>Сцена сохранена: %1</translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation>Открыть сцену</translation>
    </message>
    <message>
        <source>cnnviz scenes (*%1);;All files (*)</source>
        <translation>Сцены cnnviz (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>Сохранить сцену</translation>
    </message>
    <message>
        <source>cnnviz scenes (*%1)</source>
        <translation>Сцены cnnviz (*%1)</translation>
    </message>
    <message>
        <source>Could not save the scene: %1</source>
        <translation>Не удалось сохранить сцену: %1</translation>
    </message>
    <message>
        <source>The whole pipeline</source>
        <translation>Весь конвейер</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Экспорт рисунка</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Что экспортировать:</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Ширина в пикселях:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Could not export the figure to %1: %2</source>
        <translation>Не удалось экспортировать рисунок в %1: %2</translation>
    </message>
    <message>
        <source>Draw something first: the animation replays the drawing.</source>
        <translation>Сначала нарисуйте что-нибудь: анимация воспроизводит рисунок.</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <source>GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>Анимация GIF (*.gif);;Видео MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Could not export the animation to %1: %2</source>
        <translation>Не удалось экспортировать анимацию в %1: %2</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not export the spreadsheet to %1: %2</source>
        <translation>Не удалось экспортировать таблицу Excel в %1: %2</translation>
    </message>
    <message>
        <source>Import filters</source>
        <translation>Импорт фильтров</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Книга Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not export the table to %1: %2</source>
        <translation>Не удалось экспортировать таблицу в %1: %2</translation>
    </message>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>{0} filter {1} channel {2}</source>
        <translation>{0} фильтр {1} канал {2}</translation>
    </message>
    <message>
        <source>{0} map {1}</source>
        <translation>{0} карта {1}</translation>
    </message>
    <message>
        <source>{0} weights</source>
        <translation>{0} веса</translation>
    </message>
    <message>
        <source>outputs (logits, probabilities)</source>
        <translation>выходы (логиты, вероятности)</translation>
    </message>
    <message>
        <source>Export a table as CSV</source>
        <translation>Экспорт таблицы в CSV</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Таблица:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LiveRunner</name>
    <message>
        <source>the model could not run: {0}: {1}</source>
        <translation>модель не удалось запустить: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cnnviz — watch a CNN think</source>
        <translation>cnnviz — как думает свёрточная сеть</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>Открыть файл модели…</translation>
    </message>
    <message>
        <source>Draw a ○ or a ×</source>
        <translation>Нарисуйте ○ или ×</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Перо</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Pen width in canvas pixels (the canvas is 280 x 280)</source>
        <translation>Толщина пера в пикселях холста (холст 280 × 280)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Ластик</translation>
    </message>
    <message>
        <source>Erase instead of drawing (E)</source>
        <translation>Стирать вместо рисования (E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Повторить (Ctrl+Shift+Z или Ctrl+Y)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear (Delete)</source>
        <translation>Очистить (Delete)</translation>
    </message>
    <message>
        <source>Example ○</source>
        <translation>Пример ○</translation>
    </message>
    <message>
        <source>Put a generated circle on the canvas</source>
        <translation>Нарисовать на холсте сгенерированный круг</translation>
    </message>
    <message>
        <source>Example ×</source>
        <translation>Пример ×</translation>
    </message>
    <message>
        <source>Put a generated cross on the canvas</source>
        <translation>Нарисовать на холсте сгенерированный крестик</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>Открыть файл модели</translation>
    </message>
    <message>
        <source>cnnviz models (*.json);;All files (*)</source>
        <translation>Модели cnnviz (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Модель</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>&amp;Эксперименты</translation>
    </message>
    <message>
        <source>&amp;Lecture</source>
        <translation>&amp;Лекция</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language can change when the training run has finished or been stopped.</source>
        <translation>Язык можно сменить, когда обучение закончится или будет остановлено.</translation>
    </message>
    <message>
        <source>The language can change when the probe has finished or been cancelled.</source>
        <translation>Язык можно сменить, когда проба закончится или будет отменена.</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Сбросить расположение</translation>
    </message>
    <message>
        <source>Put every panel back where it was at the first start</source>
        <translation>Вернуть все панели туда, где они были при первом запуске</translation>
    </message>
    <message>
        <source>Language: {0}</source>
        <translation>Язык: {0}</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>ink</source>
        <translation>чернила</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>карты</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>веса</translation>
    </message>
</context>
<context>
    <name>ModelDock</name>
    <message>
        <source>The layer whose settings are shown (or click a stage&apos;s title)</source>
        <translation>Слой, чьи настройки показаны (или щёлкните заголовок этапа)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save model as…</source>
        <translation>Сохранить модель как…</translation>
    </message>
    <message>
        <source>Reset to shipped model</source>
        <translation>Вернуть исходную модель</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Undo model edit: %s</source>
        <translation>Отменить правку модели: %s</translation>
    </message>
    <message>
        <source>No model edit to undo</source>
        <translation>Нет правок модели для отмены</translation>
    </message>
    <message>
        <source>Redo model edit: %s</source>
        <translation>Повторить правку модели: %s</translation>
    </message>
    <message>
        <source>No model edit to redo</source>
        <translation>Нет правок модели для повтора</translation>
    </message>
    <message>
        <source>total: {0} = {1} parameters</source>
        <translation>всего: {0} = {1} параметров</translation>
    </message>
    <message>
        <source>One dense layer straight from the {0} input values to the {1} classes would have {0} × {1} + {1} = {2}.</source>
        <translation>Один полносвязный слой прямо от {0} входных значений к {1} классам имел бы {0} × {1} + {1} = {2}.</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>panel &apos;{0}&apos; could not be updated: {1}: {2}</source>
        <translation>панель «{0}» не удалось обновить: {1}: {2}</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Plot Options</source>
        <translation>Параметры графика</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Преобразования</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>Прореживание</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Прозрачность</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Predict first!
Press Space to reveal.</source>
        <translation>Сначала предскажите!
Пробел — показать ответ.</translation>
    </message>
</context>
<context>
    <name>ProbesPanel</name>
    <message>
        <source>shift x (px)</source>
        <translation>сдвиг по x (пкс)</translation>
    </message>
    <message>
        <source>shift y (px)</source>
        <translation>сдвиг по y (пкс)</translation>
    </message>
    <message>
        <source>scale (×)</source>
        <translation>масштаб (×)</translation>
    </message>
    <message>
        <source>rotation (°)</source>
        <translation>поворот (°)</translation>
    </message>
    <message>
        <source>stroke (px)</source>
        <translation>толщина (пкс)</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>шум</translation>
    </message>
    <message>
        <source>Translation map: the drawing moved to every position</source>
        <translation>Карта сдвигов: рисунок в каждой позиции</translation>
    </message>
    <message>
        <source>P(</source>
        <translation>P(</translation>
    </message>
    <message>
        <source>)  grid</source>
        <translation>)  сетка</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>Run the probes again when the drawing or the model changes</source>
        <translation>Запускать пробы снова, когда меняется рисунок или модель</translation>
    </message>
    <message>
        <source>Draw something: each cell is where the drawing&apos;s centre was moved; the ring is where you drew it.</source>
        <translation>Нарисуйте что-нибудь: каждая ячейка — куда сдвинут центр рисунка; кольцо — где вы его нарисовали.</translation>
    </message>
    <message>
        <source>Transform the drawing</source>
        <translation>Преобразовать рисунок</translation>
    </message>
    <message>
        <source>network input</source>
        <translation>вход сети</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>Draw something to transform it.</source>
        <translation>Нарисуйте что-нибудь, чтобы преобразовать.</translation>
    </message>
    <message>
        <source>Transformed: </source>
        <translation>После преобразования: </translation>
    </message>
    <message>
        <source>The canvas is blank: draw something to probe.</source>
        <translation>Холст пуст: нарисуйте что-нибудь для пробы.</translation>
    </message>
    <message>
        <source>Cancelled; grey cells were not computed.</source>
        <translation>Отменено; серые ячейки не вычислены.</translation>
    </message>
    <message>
        <source>Probe failed: {0}</source>
        <translation>Проба не удалась: {0}</translation>
    </message>
    <message>
        <source>P({0}) where you drew it: {1:.2f} · above 0.5 at {2:.0%} of positions · lowest {3:.2f}</source>
        <translation>P({0}) там, где нарисовано: {1:.2f} · выше 0.5 в {2:.0%} позиций · минимум {3:.2f}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>prediction</source>
        <translation>предсказание</translation>
    </message>
    <message>
        <source>{0} % sure</source>
        <translation>уверенность {0} %</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>софтмакс</translation>
    </message>
    <message>
        <source>(logits)</source>
        <translation>(логиты)</translation>
    </message>
    <message>
        <source>Draw something</source>
        <translation>Нарисуйте что-нибудь</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>StageFocus</name>
    <message>
        <source>&amp;Focus the stage under the pointer</source>
        <translation>&amp;Увеличить слой под указателем</translation>
    </message>
    <message>
        <source>Enlarge one stage over the pipeline (F, or click its title); Esc returns</source>
        <translation>Увеличить один слой поверх конвейера (F или щелчок по заголовку); Esc — назад</translation>
    </message>
</context>
<context>
    <name>StepperPanel</name>
    <message>
        <source>The convolution or pooling layer to step through</source>
        <translation>Свёрточный слой или слой пулинга для пошагового показа</translation>
    </message>
    <message>
        <source>Which output channel (filter) to compute</source>
        <translation>Какой выходной канал (фильтр) вычислять</translation>
    </message>
    <message>
        <source>Which input channel to show under the window (all channels are summed)</source>
        <translation>Какой входной канал показать под окном (суммируются все каналы)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>output channel</source>
        <translation>выходной канал</translation>
    </message>
    <message>
        <source>shown input channel</source>
        <translation>показанный входной канал</translation>
    </message>
    <message>
        <source>First</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Back to the first cell (Home)</source>
        <translation>К первой ячейке (Home)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Step back (,)</source>
        <translation>Шаг назад (,)</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Пуск</translation>
    </message>
    <message>
        <source>Play or pause (K)</source>
        <translation>Пуск или пауза (K)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Step forward (.)</source>
        <translation>Шаг вперёд (.)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Compute every cell (End)</source>
        <translation>Вычислить все ячейки (End)</translation>
    </message>
    <message>
        <source>Steps per second ([ slower, ] faster)</source>
        <translation>Шагов в секунду ([ — медленнее, ] — быстрее)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Пауза</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n шаг/с</numerusform>
            <numerusform>%n шага/с</numerusform>
            <numerusform>%n шагов/с</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw something: the stepper follows the drawing.</source>
        <translation>Нарисуйте что-нибудь: пошаговый показ следует за рисунком.</translation>
    </message>
    <message>
        <source>, padding %1 (dashed)</source>
        <translation>, паддинг %1 (пунктир)</translation>
    </message>
    <message>
        <source>%1 channel %2%3</source>
        <translation>%1 канал %2%3</translation>
    </message>
    <message>
        <source>%1 channel %2</source>
        <translation>%1 канал %2</translation>
    </message>
    <message>
        <source>cell (%1, %2) = %3  ·  step %4 of %5  ·  stride %6</source>
        <translation>ячейка (%1, %2) = %3  ·  шаг %4 из %5  ·  stride %6</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Scrub through the drawing (Alt+Left / Alt+Right)</source>
        <translation>Прокрутка рисунка (Alt+← / Alt+→)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Replay the drawing from its first point (F8)</source>
        <translation>Воспроизвести рисунок с первой точки (F8)</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3 %)</source>
        <translation>%1 из %2 точек (%3 %)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Собранные</translation>
    </message>
    <message>
        <source>Generated ○ and × sketches mixed into the training data</source>
        <translation>Сгенерированные наброски ○ и ×, добавляемые к обучающим данным</translation>
    </message>
    <message>
        <source>+ synthetic sketches</source>
        <translation>+ синт. наброски</translation>
    </message>
    <message>
        <source>augment</source>
        <translation>аугментация</translation>
    </message>
    <message>
        <source> copies each</source>
        <translation> копий</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>Ваши рисунки</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>сдвиг</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>масштаб</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>поворот</translation>
    </message>
    <message>
        <source>stroke width</source>
        <translation>толщина</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>from scratch</source>
        <translation>с нуля</translation>
    </message>
    <message>
        <source>fine-tune the current model</source>
        <translation>дообучить текущую</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>random filters (He)</source>
        <translation>случайные фильтры (He)</translation>
    </message>
    <message>
        <source>lecture-ox&apos;s hand-set filters</source>
        <translation>фильтры lecture-ox, заданные вручную</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <source>dot product (standard)</source>
        <translation>скалярное (обычное)</translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation>косинусное сходство</translation>
    </message>
    <message>
        <source>radial basis (Gaussian of distance)</source>
        <translation>радиальная базисная</translation>
    </message>
    <message>
        <source>Conv similarity</source>
        <translation>Сходство в свёртке</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>epochs </source>
        <translation>эпох </translation>
    </message>
    <message>
        <source>rate </source>
        <translation>скорость </translation>
    </message>
    <message>
        <source>batch </source>
        <translation>пакет </translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Обучить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save trained model…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Collect drawings (Ctrl+1 / Ctrl+2), then train.</source>
        <translation>Соберите рисунки (Ctrl+1 / Ctrl+2), затем обучайте.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>точность</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>train</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>валидация</translation>
    </message>
    <message>
        <source>First convolution&apos;s filters: before → after</source>
        <translation>Фильтры первой свёртки: до → после</translation>
    </message>
    <message>
        <source>{0} drawings ({1} ○, {2} ×)</source>
        <translation>рисунков: {0} (○ {1}, × {2})</translation>
    </message>
    <message>
        <source>there is no current model to fine-tune</source>
        <translation>нет текущей модели для дообучения</translation>
    </message>
    <message>
        <source>the current model&apos;s classes are {0}; the collection has {1}</source>
        <translation>классы текущей модели — {0}, а в коллекции — {1}</translation>
    </message>
    <message>
        <source>{0} (training)</source>
        <translation>{0} (обучается)</translation>
    </message>
    <message>
        <source>Nothing to train on: collect drawings (Ctrl+1 / Ctrl+2) or add synthetic sketches</source>
        <translation>Не на чем обучать: соберите рисунки (Ctrl+1 / Ctrl+2) или добавьте синтетические наброски</translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation>Подготовка данных…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Training on {0} samples ({1} from your drawings, {2} synthetic); validating on {3}</source>
        <translation>Обучение на {0} примерах ({1} из ваших рисунков, {2} синтетических); валидация на {3}</translation>
    </message>
    <message>
        <source>epoch {0}: train accuracy {1:.0%}</source>
        <translation>эпоха {0}: точность на обучении {1:.0%}</translation>
    </message>
    <message>
        <source>, validation {0:.0%}</source>
        <translation>, на валидации {0:.0%}</translation>
    </message>
    <message>
        <source>Training failed: {0}</source>
        <translation>Обучение не удалось: {0}</translation>
    </message>
    <message>
        <source>Cancelled after {0} steps; the model keeps the weights shown</source>
        <translation>Отменено после {0} шагов; у модели остаются показанные веса</translation>
    </message>
    <message>
        <source>Done: train accuracy {0:.0%}</source>
        <translation>Готово: точность на обучении {0:.0%}</translation>
    </message>
    <message>
        <source>. Save it with “Save trained model…”.</source>
        <translation>. Сохраните её через «Сохранить обученную модель…».</translation>
    </message>
    <message numerus="yes">
        <source>trained for %n epoch(s)</source>
        <translation>
            <numerusform>обучение: %n эпоха</numerusform>
            <numerusform>обучение: %n эпохи</numerusform>
            <numerusform>обучение: %n эпох</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained for %n step(s), then stopped</source>
        <translation>
            <numerusform>обучение: %n шаг, затем остановлено</numerusform>
            <numerusform>обучение: %n шага, затем остановлено</numerusform>
            <numerusform>обучение: %n шагов, затем остановлено</numerusform>
        </translation>
    </message>
    <message>
        <source>Save trained model</source>
        <translation>Сохранить обученную модель</translation>
    </message>
    <message>
        <source>cnnviz models (*.json)</source>
        <translation>Модели cnnviz (*.json)</translation>
    </message>
    <message>
        <source>Saved {0}; open it like any model file</source>
        <translation>Сохранено: {0}; откройте как любой файл модели</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>Параметры области просмотра</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>(ось)</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>Режим мыши</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>3 кнопки</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>1 кнопка</translation>
    </message>
</context>
</TS>
