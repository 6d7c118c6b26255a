<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArchitectureEditor</name>
    <message>
        <source>The model&apos;s layers in order; an inserted layer goes after the selected one</source>
        <translation>Слои модели по порядку; вставленный слой встаёт после выбранного</translation>
    </message>
    <message>
        <source>Insert layer…</source>
        <translation>Вставить слой…</translation>
    </message>
    <message>
        <source>Insert a layer of this type after the selected layer</source>
        <translation>Вставить слой этого типа после выбранного слоя</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Filters of the selected layer</source>
        <translation>Фильтры выбранного слоя</translation>
    </message>
    <message>
        <source>Outputs of the selected dense layer</source>
        <translation>Выходы выбранного полносвязного слоя</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>каналы</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>Shape flow</source>
        <translation>Поток форм (размер выхода каждого слоя)</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>свёрточный слой</translation>
    </message>
    <message>
        <source>transposed convolution</source>
        <translation>транспонированная свёртка</translation>
    </message>
    <message>
        <source>upsampling</source>
        <translation>повышение разрешения</translation>
    </message>
    <message>
        <source>activation (ReLU)</source>
        <translation>функция активации (ReLU)</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>слой пулинга</translation>
    </message>
    <message>
        <source>flatten</source>
        <translation>выравнивание в вектор</translation>
    </message>
    <message>
        <source>dense layer</source>
        <translation>полносвязный слой</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>софтмакс</translation>
    </message>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>{0} parameters (dense: {1})</source>
        <translation>{0} параметров (полносвязный: {1})</translation>
    </message>
    <message>
        <source>{0} parameters; an all-dense network through the same sizes would have {1}</source>
        <translation>{0} параметров; полносвязная сеть с теми же размерами имела бы {1}</translation>
    </message>
</context>
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
    <name>BackwardMode</name>
    <message>
        <source>∂L/∂w: the window slides over the input again</source>
        <translation>∂L/∂w: окно снова скользит по входу</translation>
    </message>
    <message>
        <source>∂L/∂x: full convolution with the filter rotated 180°</source>
        <translation>∂L/∂x: полная свёртка с фильтром, повёрнутым на 180°</translation>
    </message>
    <message>
        <source>Which gradient of the convolution to build up step by step</source>
        <translation>Какой градиент свёртки собирать шаг за шагом</translation>
    </message>
    <message>
        <source>Skip steps that add 0</source>
        <translation>Пропускать шаги, прибавляющие 0</translation>
    </message>
    <message>
        <source>Forward, Back and Play jump over the positions whose gradient is 0 (ReLU blocked it, or it lost its pooling window): they add nothing</source>
        <translation>«Вперёд», «Назад» и «Пуск» перепрыгивают позиции с градиентом 0 (его заблокировал ReLU или ячейка проиграла в окне пулинга): они ничего не прибавляют</translation>
    </message>
    <message>
        <source>The backward mode steps through convolutions: choose a convolution layer.</source>
        <translation>Режим обратного распространения ошибки идёт по свёрточным слоям: выберите свёрточный слой.</translation>
    </message>
    <message>
        <source>Draw something: the stepper follows the drawing.</source>
        <translation>Нарисуйте что-нибудь: пошаговый показ следует за рисунком.</translation>
    </message>
    <message>
        <source>%1 channel %2</source>
        <translation>%1 канал %2</translation>
    </message>
    <message>
        <source>∂L/∂y of %1[%2]</source>
        <translation>∂L/∂y для %1[%2]</translation>
    </message>
    <message>
        <source>∂L/∂w[%1, %2] so far</source>
        <translation>∂L/∂w[%1, %2] на этот момент</translation>
    </message>
    <message>
        <source>input patch, turned 180°</source>
        <translation>участок входа, повёрнутый на 180°</translation>
    </message>
    <message>
        <source>input patch</source>
        <translation>участок входа</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавка</translation>
    </message>
    <message>
        <source>∂L/∂w so far</source>
        <translation>∂L/∂w на этот момент</translation>
    </message>
    <message>
        <source>Output cell (%1, %2) receives ∂L/∂y = %3. The window lies on the same input patch as in the forward pass; ∂L/∂w[%4, %5] += %3 × patch.</source>
        <translation>В выходную ячейку (%1, %2) приходит градиент ∂L/∂y = %3. Окно лежит на том же участке входа, что и при прямом проходе: ∂L/∂w[%4, %5] += %3 × участок.</translation>
    </message>
    <message>
        <source>Its gradient is 0 (ReLU blocked it, or it did not win its pooling window): this position adds nothing.</source>
        <translation>Её градиент равен 0 (ReLU его заблокировал или ячейка не победила в окне пулинга): это положение ничего не добавляет.</translation>
    </message>
    <message>
        <source>All %1 positions added: this is the engine&apos;s ∂L/∂w[%2, %3].</source>
        <translation>Сложены все %1 положений: это ∂L/∂w[%2, %3], вычисленный движком.</translation>
    </message>
    <message>
        <source>backward: ∂L/∂w  ·  step %1 of %2  ·  output cell (%3, %4)</source>
        <translation>обратное распространение ошибки: ∂L/∂w  ·  шаг %1 из %2  ·  выходная ячейка (%3, %4)</translation>
    </message>
    <message>
        <source>∂L/∂y of %1[%2], padded</source>
        <translation>∂L/∂y для %1[%2], с нулевой рамкой</translation>
    </message>
    <message>
        <source>∂L/∂x of %1[%2]</source>
        <translation>∂L/∂x для %1[%2]</translation>
    </message>
    <message>
        <source>filter %1, 180°</source>
        <translation>фильтр %1, 180°</translation>
    </message>
    <message>
        <source>The window shows filter %1&apos;s part: the filter rotated 180° over its upstream gradient. Every filter adds its part; the sum is ∂L/∂x at (%2, %3).</source>
        <translation>Окно показывает вклад фильтра %1: фильтр, повёрнутый на 180°, поверх его входящего градиента. Каждый фильтр добавляет свой вклад; сумма — это ∂L/∂x в (%2, %3).</translation>
    </message>
    <message>
        <source>backward: ∂L/∂x  ·  step %1 of %2  ·  input cell (%3, %4) = %5</source>
        <translation>обратное распространение ошибки: ∂L/∂x  ·  шаг %1 из %2  ·  входная ячейка (%3, %4) = %5</translation>
    </message>
</context>
<context>
    <name>BackwardPanel</name>
    <message>
        <source>Target class</source>
        <translation>Целевой класс</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Скорость обучения η</translation>
    </message>
    <message>
        <source>Step: w ← w − η·∂L/∂w</source>
        <translation>Шаг: w ← w − η·∂L/∂w</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Отменить шаг</translation>
    </message>
    <message>
        <source>Takes the last learning step back exactly (the model&apos;s edit history). The toolbar&apos;s Undo and Ctrl+Z undo strokes of the drawing.</source>
        <translation>Точно отменяет последний шаг обучения (история правок модели). Кнопка «Отменить» на панели инструментов и Ctrl+Z отменяют штрихи рисунка.</translation>
    </message>
    <message>
        <source>Click a gradient cell, a ∂L/∂w tile or a ∂L/∂b cell to see how the backward pass computed it.</source>
        <translation>Щёлкните ячейку градиента, плитку ∂L/∂w или ячейку ∂L/∂b, чтобы увидеть, как обратное распространение ошибки её вычислило.</translation>
    </message>
    <message>
        <source>the predicted class</source>
        <translation>предсказанный класс</translation>
    </message>
    <message>
        <source>{0}: weights and biases</source>
        <translation>{0}: веса и смещения</translation>
    </message>
    <message>
        <source>{0} (logits): where the backward pass starts</source>
        <translation>{0} (логиты): здесь начинается обратное распространение ошибки</translation>
    </message>
    <message>
        <source>logits z</source>
        <translation>логиты z</translation>
    </message>
    <message>
        <source>∂L/∂z = p − one-hot</source>
        <translation>∂L/∂z = p − one-hot</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>карта признаков</translation>
    </message>
    <message>
        <source>gradient ∂L/∂(output)</source>
        <translation>градиент ∂L/∂(выход)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>gradient ∂L/∂x</source>
        <translation>градиент ∂L/∂x</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>веса</translation>
    </message>
    <message>
        <source>∂L/∂w</source>
        <translation>∂L/∂w</translation>
    </message>
    <message>
        <source>biases b</source>
        <translation>смещения b</translation>
    </message>
    <message>
        <source>∂L/∂b</source>
        <translation>∂L/∂b</translation>
    </message>
    <message>
        <source>the predicted class ({0})</source>
        <translation>предсказанный класс ({0})</translation>
    </message>
    <message>
        <source>loss = −log p({0}) = {1}</source>
        <translation>потеря = −log p({0}) = {1}</translation>
    </message>
    <message>
        <source>The backward pass starts at the logits: softmax − one-hot</source>
        <translation>Обратное распространение ошибки начинается с логитов: softmax − one-hot</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>after</source>
        <translation>после</translation>
    </message>
    <message>
        <source>{0}: filters before → after</source>
        <translation>{0}: фильтры до → после</translation>
    </message>
    <message>
        <source>the change −η·∂L/∂w</source>
        <translation>изменение −η·∂L/∂w</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>No camera picture yet</source>
        <translation>Изображения с камеры пока нет</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Включить камеру</translation>
    </message>
    <message>
        <source>Use the camera&apos;s live picture as the network&apos;s input</source>
        <translation>Подавать на вход сети живое изображение с камеры</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Остановить кадр</translation>
    </message>
    <message>
        <source>Hold the current frame so the inspector can be used on it</source>
        <translation>Удержать текущий кадр, чтобы изучить его инспектором</translation>
    </message>
    <message>
        <source>To canvas</source>
        <translation>На холст</translation>
    </message>
    <message>
        <source>Put this frame on the canvas as a picture: draw on it, or add it to the collection (the camera is released)</source>
        <translation>Положить этот кадр на холст как картинку: на нём можно рисовать или добавить его в коллекцию (камера освобождается)</translation>
    </message>
    <message>
        <source>Back to drawing</source>
        <translation>Вернуться к рисунку</translation>
    </message>
    <message>
        <source>Release the camera and classify the canvas again</source>
        <translation>Освободить камеру и снова классифицировать холст</translation>
    </message>
    <message>
        <source>The camera frame is on the canvas; Undo takes it back.</source>
        <translation>Кадр с камеры на холсте; «Отменить» уберёт его.</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Live: every frame goes through the network.</source>
        <translation>Вживую: каждый кадр проходит через сеть.</translation>
    </message>
    <message>
        <source>Frozen: point at the panels to inspect this frame.</source>
        <translation>Кадр остановлен: наведите указатель на панели, чтобы изучить его.</translation>
    </message>
    <message>
        <source>Camera released; the last frame is still the input.</source>
        <translation>Камера освобождена; последний кадр остаётся входом.</translation>
    </message>
    <message>
        <source>The canvas is the input.</source>
        <translation>Вход сети — холст.</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Classify the camera&apos;s live picture (Ctrl+Shift+C)</source>
        <translation>Классифицировать живое изображение с камеры (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>ClassCounts</name>
    <message>
        <source>, </source>
        <comment>between the classes of a list of counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{0} drawings: {1}</source>
        <translation>Рисунков: {0} ({1})</translation>
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
    <message>
        <source>triangle</source>
        <translation>треугольник</translation>
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
        <source>The collection&apos;s classes, in order: Ctrl+1 to Ctrl+9 add the canvas to class 1 to 9</source>
        <translation>Классы коллекции по порядку: Ctrl+1 … Ctrl+9 добавляют холст в класс 1 … 9</translation>
    </message>
    <message>
        <source>Add to class</source>
        <translation>Добавить в класс</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>Новый класс…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Add to class %1</source>
        <translation>Добавить в класс %1</translation>
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
        <source>Import class folders…</source>
        <translation>Импорт папок классов…</translation>
    </message>
    <message>
        <source>A folder with one subfolder of images per class: each subfolder&apos;s name is the class</source>
        <translation>Папка с подпапкой изображений на каждый класс: имя подпапки — это класс</translation>
    </message>
    <message>
        <source>There is no class {0}: the collection has {1} classes</source>
        <translation>Класса {0} нет: в коллекции классов: {1}</translation>
    </message>
    <message>
        <source>Class {0} removed; its {1} drawings were moved to {2}</source>
        <translation>Класс {0} удалён; его рисунки ({1}) перенесены в {2}</translation>
    </message>
    <message>
        <source>{0} more images not read: the collection holds at most {1} drawings</source>
        <translation>Ещё {0} изображений не прочитано: в коллекции не больше {1} рисунков</translation>
    </message>
    <message>
        <source>Import a folder with one image folder per class</source>
        <translation>Импорт папки с папкой изображений для каждого класса</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Новый класс</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>Имя нового класса:</translation>
    </message>
    <message>
        <source>Add to class  (Ctrl+%1)</source>
        <translation>Добавить в класс (Ctrl+%1)</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Переименовать класс</translation>
    </message>
    <message>
        <source>New name for {0}:</source>
        <translation>Новое имя для {0}:</translation>
    </message>
    <message>
        <source>Remove the class {0}? Its {1} drawings leave the collection and are moved to a folder beside it (nothing is deleted).</source>
        <translation>Удалить класс {0}? Его рисунки ({1}) покинут коллекцию и будут перенесены в папку рядом с ней (ничего не удаляется).</translation>
    </message>
    <message>
        <source>Remove the class {0}? It has no drawings.</source>
        <translation>Удалить класс {0}? В нём нет рисунков.</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>Удалить класс</translation>
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
        <source>Add as %1  (Ctrl+%2)</source>
        <translation>Добавить как %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Imported {0} drawings</source>
        <translation>Импортировано рисунков: {0}</translation>
    </message>
    <message>
        <source>Added as {0} ({1})</source>
        <translation>Добавлено как {0} ({1})</translation>
    </message>
    <message>
        <source>; {0} skipped:
</source>
        <translation>; пропущено {0}:
</translation>
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
    <name>DataChoice</name>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Собранные</translation>
    </message>
    <message>
        <source>Generated sketches mixed into the training data: only for classes named circle, cross or triangle (0 for classes of your own)</source>
        <translation>Сгенерированные наброски, добавляемые к обучающим данным: только для классов с именами circle, cross и triangle (для своих классов — 0)</translation>
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
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a ○ or a × here</source>
        <translation>Нарисуйте здесь ○ или ×</translation>
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
        <source>Backward pass</source>
        <translation>Обратное распространение ошибки</translation>
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
    <message>
        <source>Add as %1</source>
        <translation>Добавить как %1</translation>
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
    <name>FiltersBeforeAfter</name>
    <message>
        <source>First convolution&apos;s filters: before → after</source>
        <translation>Фильтры первой свёртки: до → после</translation>
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
    <message>
        <source>Everything here can be pointed at and clicked: map cells, filters, bars, stage titles.</source>
        <translation>Здесь на всё можно навести указатель и щёлкнуть: ячейки карт, фильтры, полосы, заголовки слоёв.</translation>
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
        <source>← → stages · ↑ ↓ maps · click a cell to read the values · Esc back</source>
        <translation>← → слои · ↑ ↓ карты · щелчок по ячейке — прочитать значения · Esc — назад</translation>
    </message>
    <message>
        <source>drag to see the rest · the wheel zooms</source>
        <translation>перетащите, чтобы увидеть остальное · колесо — масштаб</translation>
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
        <source>Esc back</source>
        <translation>Esc — назад</translation>
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
    <name>Guard</name>
    <message>
        <source>There was not enough memory for that; the window is unchanged.</source>
        <translation>Для этого не хватило памяти; окно не изменилось.</translation>
    </message>
    <message>
        <source>That input is nested too deeply to be read; the window is unchanged.</source>
        <translation>Эти данные вложены слишком глубоко, их нельзя прочитать; окно не изменилось.</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>Не получилось: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}: {1}); the window is still usable. Please report this (the details are in the log).</source>
        <translation>Что-то пошло не так ({0}: {1}); окном можно пользоваться дальше. Пожалуйста, сообщите об этом (подробности в журнале).</translation>
    </message>
</context>
<context>
    <name>ImageInput</name>
    <message>
        <source>Open image…</source>
        <translation>Открыть изображение…</translation>
    </message>
    <message>
        <source>Put a picture on the canvas as the input (Ctrl+I)</source>
        <translation>Поместить картинку на холст как вход (Ctrl+I)</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Вставить изображение</translation>
    </message>
    <message>
        <source>Put the picture on the clipboard on the canvas (Ctrl+V)</source>
        <translation>Поместить картинку из буфера обмена на холст (Ctrl+V)</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Открыть изображение</translation>
    </message>
    <message>
        <source>Images (%s);;All files (*)</source>
        <translation>Изображения (%s);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The picture on the clipboard is too large: %1 x %2 pixels, over the limit of %3.</source>
        <translation>Картинка в буфере обмена слишком велика: %1 x %2 пикселей, больше предела %3.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture: copy an image or an image file first.</source>
        <translation>В буфере обмена нет картинки: сначала скопируйте изображение или файл изображения.</translation>
    </message>
    <message>
        <source>Only an image file can be dropped on the canvas.</source>
        <translation>На холст можно перетащить только файл изображения.</translation>
    </message>
    <message>
        <source>The picture (%1 x %2) was resized to fit the %3 x %3 canvas; Undo takes it back.</source>
        <translation>Картинка (%1 x %2) масштабирована под холст %3 x %3; «Отменить» уберёт её.</translation>
    </message>
    <message>
        <source>Picture on the canvas; Undo takes it back.</source>
        <translation>Картинка на холсте; «Отменить» уберёт её.</translation>
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
        <source>Click a cell to pin it. The softmax and logit bars explain a class; click a filter to edit it, or a stage’s title to enlarge the stage.</source>
        <translation>Щелчок по ячейке закрепляет её. Полосы softmax и логитов объясняют класс; щелчок по фильтру открывает его для правки, по заголовку слоя — увеличивает слой.</translation>
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
        <source>(patch − filter)²</source>
        <translation>(фрагмент − фильтр)²</translation>
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
        <source>colour channel {0}: the {0} patch × filter {1}&apos;s {0} kernel, summed = {2}</source>
        <translation>цветовой канал {0}: фрагмент {0} × ядро {0} фильтра {1}, сумма = {2}</translation>
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
        <source>distance² = sum of the {0} squared differences = {1}</source>
        <translation>расстояние² = сумма {0} квадратов разностей = {1}</translation>
    </message>
    <message>
        <source>similarity = exp(−{0} × distance²) = {1}</source>
        <translation>сходство = exp(−{0} × расстояние²) = {1}</translation>
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
        <source>&lt;b&gt;As a distance&lt;/b&gt; between two vectors of {0} numbers: |patch − filter| = {1}. The similarity exp(−γ · distance²) is 1 when the patch is exactly the filter and falls towards 0 the further apart they are; unlike an inner product, it does not grow with more ink.</source>
        <translation>&lt;b&gt;Как расстояние&lt;/b&gt; между двумя векторами из {0} чисел: |фрагмент − фильтр| = {1}. Сходство exp(−γ · расстояние²) равно 1, когда фрагмент в точности совпадает с фильтром, и стремится к 0, чем дальше они друг от друга; в отличие от скалярного произведения, оно не растёт от большего количества чернил.</translation>
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
        <source>{0} · channel {1}, row {2}, col {3}</source>
        <translation>{0} · канал {1}, строка {2}, столбец {3}</translation>
    </message>
    <message>
        <source>Channel {0} is standardised like the training data: its mean becomes 0 and its spread 1.</source>
        <translation>Канал {0} стандартизирован так же, как обучающие данные: его среднее становится 0, а разброс (стандартное отклонение) 1.</translation>
    </message>
    <message>
        <source>Standardisation is switched off: the network sees x = {0} unchanged (as if mean 0 and std 1).</source>
        <translation>Стандартизация выключена: сеть видит x = {0} без изменений (как при среднем 0 и стандартном отклонении 1).</translation>
    </message>
    <message>
        <source>Like the training data it would see {0}.</source>
        <translation>Со стандартизацией, как у обучающих данных, она увидела бы {0}.</translation>
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
    <message>
        <source>Transposed convolution of {0}: {1}.</source>
        <translation>Транспонированная свёртка {0}: {1}.</translation>
    </message>
    <message>
        <source>input cell (channel, row, col)</source>
        <translation>входная ячейка (канал, строка, столбец)</translation>
    </message>
    <message>
        <source>filter {0} entry [u, v]</source>
        <translation>элемент [u, v] фильтра {0}</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>product</source>
        <translation>произведение</translation>
    </message>
    <message>
        <source>{0} smaller stamps, summed: {1}</source>
        <translation>ещё {0} меньших отпечатков, в сумме: {1}</translation>
    </message>
    <message>
        <source>{0} stamps overlap on this cell: sum {1}; + bias {2} = {3}</source>
        <translation>на этой ячейке перекрываются отпечатки (их {0}): сумма {1}; + смещение {2} = {3}</translation>
    </message>
    <message>
        <source>  (and {0} products of 0)</source>
        <translation>  (и ещё {0} нулевых произведений)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link to backpropagation:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;Связь с обратным распространением ошибки:&lt;/b&gt; {0}.</translation>
    </message>
    <message>
        <source>Upsampling of {0} ({1}, scale {2}): no learnt weights; the cell is a weighted sum of the input cells it reads.</source>
        <translation>Повышение разрешения {0} ({1}, масштаб {2}): обучаемых весов нет; ячейка — взвешенная сумма входных ячеек, которые она читает.</translation>
    </message>
    <message>
        <source>∂L/∂w · {0} · filter {1}, input channel {2}, weight ({3}, {4})</source>
        <translation>∂L/∂w · {0} · фильтр {1}, входной канал {2}, вес ({3}, {4})</translation>
    </message>
    <message>
        <source>∂L/∂W · {0} · output {1}, input feature {2}</source>
        <translation>∂L/∂W · {0} · выход {1}, входной признак {2}</translation>
    </message>
    <message>
        <source>∂L/∂b · {0} · output {1}</source>
        <translation>∂L/∂b · {0} · выход {1}</translation>
    </message>
    <message>
        <source>∂L/∂b · {0} · filter {1}</source>
        <translation>∂L/∂b · {0} · фильтр {1}</translation>
    </message>
    <message>
        <source>∂L/∂({0}) · class {1}</source>
        <translation>∂L/∂({0}) · класс {1}</translation>
    </message>
    <message>
        <source>∂L/∂({0}) · map {1} · row {2}, col {3}</source>
        <translation>∂L/∂({0}) · карта {1} · строка {2}, столбец {3}</translation>
    </message>
    <message>
        <source>∂L/∂({0}) · unit {1}</source>
        <translation>∂L/∂({0}) · нейрон {1}</translation>
    </message>
    <message>
        <source>The same {0} × {1} positions as the forward pass (stride {2}, padding {3}); largest products first.</source>
        <translation>Те же {0} × {1} положений, что и при прямом проходе (шаг {2}, паддинг {3}); сначала самые большие произведения.</translation>
    </message>
    <message>
        <source>This weight carries input feature {0} to output {1}: its gradient is the gradient arriving at output {1} times the value that came in on feature {0}.</source>
        <translation>Этот вес передаёт входной признак {0} на выход {1}: его градиент — это градиент, пришедший на выход {1}, умноженный на значение, поступившее по признаку {0}.</translation>
    </message>
    <message>
        <source>One term per output cell of map {0} ({1} × {2}): the gradient ∂L/∂y arriving there, times 1. Largest first.</source>
        <translation>По одному слагаемому на каждую выходную ячейку карты признаков {0} ({1} × {2}): пришедший туда градиент ∂L/∂y, умноженный на 1. Сначала самые большие.</translation>
    </message>
    <message>
        <source>Backward pass through {0} ({1}), the layer after this stage: the gradient arriving from above is multiplied by the activation&apos;s slope at this cell.</source>
        <translation>Обратное распространение ошибки через {0} ({1}), слой после этой стадии: пришедший сверху градиент умножается на наклон функции активации в этой ячейке.</translation>
    </message>
    <message>
        <source>Backward pass through {0}: one row per pooling window that contains this cell.</source>
        <translation>Обратное распространение ошибки через {0}: по строке на каждое окно пулинга, содержащее эту ячейку.</translation>
    </message>
    <message>
        <source>Backward pass through {0}: every output k sends back its gradient ∂L/∂z[k] times the weight that connects it to this feature. Largest products first.</source>
        <translation>Обратное распространение ошибки через {0}: каждый выход k отправляет назад свой градиент ∂L/∂z[k], умноженный на вес, связывающий его с этим признаком. Сначала самые большие произведения.</translation>
    </message>
    <message>
        <source>The loss of this drawing is L = −log p({0}), the cross-entropy with target class {0}.</source>
        <translation>Функция потерь этого рисунка — L = −log p({0}), перекрёстная энтропия с целевым классом {0}.</translation>
    </message>
    <message>
        <source>Backward pass through the flatten step: each gradient goes back to the cell it came from.</source>
        <translation>Обратное распространение ошибки через выпрямление (Flatten): каждый градиент возвращается в ту ячейку, откуда пришло значение.</translation>
    </message>
    <message>
        <source>the other {0} terms: all exactly 0</source>
        <translation>остальные {0} слагаемых: все ровно 0</translation>
    </message>
    <message>
        <source>the other {0} terms, together ({1} of them exactly 0)</source>
        <translation>остальные {0} слагаемых вместе ({1} из них ровно 0)</translation>
    </message>
    <message>
        <source>the other {0} terms, together</source>
        <translation>остальные {0} слагаемых вместе</translation>
    </message>
    <message>
        <source>× input under w</source>
        <translation>× вход под w</translation>
    </message>
    <message>
        <source>× ∂y/∂w there</source>
        <translation>× ∂y/∂w там</translation>
    </message>
    <message>
        <source>output cell</source>
        <translation>выходная ячейка</translation>
    </message>
    <message>
        <source>∂L/∂y there</source>
        <translation>∂L/∂y там</translation>
    </message>
    <message>
        <source>input cell</source>
        <translation>входная ячейка</translation>
    </message>
    <message>
        <source>= product</source>
        <translation>= произведение</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>паддинг</translation>
    </message>
    <message>
        <source>output k</source>
        <translation>выход k</translation>
    </message>
    <message>
        <source>∂L/∂z[k]</source>
        <translation>∂L/∂z[k]</translation>
    </message>
    <message>
        <source>× W[k, j]</source>
        <translation>× W[k, j]</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>− one-hot y</source>
        <translation>− one-hot y</translation>
    </message>
    <message>
        <source>= ∂L/∂z</source>
        <translation>= ∂L/∂z</translation>
    </message>
    <message>
        <source>window</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>ячейки</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>победитель</translation>
    </message>
    <message>
        <source>upstream ∂L/∂y</source>
        <translation>входящий градиент ∂L/∂y</translation>
    </message>
    <message>
        <source>× share</source>
        <translation>× доля</translation>
    </message>
    <message>
        <source>rows {0}–{1}, cols {2}–{3}</source>
        <translation>строки {0}–{1}, столбцы {2}–{3}</translation>
    </message>
    <message>
        <source>filter rotated 180°</source>
        <translation>фильтр, повёрнутый на 180°</translation>
    </message>
    <message>
        <source>∂y/∂x there</source>
        <translation>∂y/∂x там</translation>
    </message>
    <message>
        <source>filter {0}: summed = {1}</source>
        <translation>фильтр {0}: сумма = {1}</translation>
    </message>
    <message>
        <source>∂L/∂y at output cell ({0}, {1})</source>
        <translation>∂L/∂y в выходной ячейке ({0}, {1})</translation>
    </message>
    <message>
        <source>no output cell&apos;s window puts this weight here</source>
        <translation>ни одно окно выходной ячейки не кладёт сюда этот вес</translation>
    </message>
    <message>
        <source>the other {0} filters: partial sums </source>
        <translation>остальные {0} фильтров: частичные суммы </translation>
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
        <source>Include the &amp;backward pass in the spreadsheet</source>
        <translation>Включить &amp;обратное распространение ошибки в таблицу</translation>
    </message>
    <message>
        <source>Adds a sheet whose formulas compute the gradient ∂L/∂w of the first convolution, for the target class of the Backward pass view</source>
        <translation>Добавляет лист, формулы которого вычисляют градиент ∂L/∂w первого свёрточного слоя для целевого класса из панели «Обратное распространение ошибки»</translation>
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
        <source>input</source>
        <translation>вход</translation>
    </message>
</context>
<context>
    <name>LectureFiles</name>
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
        <source>Prediction and softmax</source>
        <translation>Предсказание и софтмакс</translation>
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
    <message>
        <source>Could not export the table to %1: %2</source>
        <translation>Не удалось экспортировать таблицу в %1: %2</translation>
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
        <source>Draw one of the model&apos;s %1 classes</source>
        <translation>Нарисуйте один из %1 классов модели</translation>
    </message>
    <message>
        <source>Draw one of: %1</source>
        <translation>Нарисуйте одно из: %1</translation>
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
        <source>Open…</source>
        <translation>Открыть…</translation>
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
        <source>Example</source>
        <translation>Пример</translation>
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
        <source>not enough memory</source>
        <translation>не хватает памяти</translation>
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
        <source>%1 · channel %2 of %3</source>
        <translation>%1 · канал %2 из %3</translation>
    </message>
    <message>
        <source>brightness</source>
        <translation>яркость</translation>
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
    <message>
        <source>colour</source>
        <translation>цвет</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>[Errno {number}] {reason}</source>
        <translation>[Errno {number}] {reason}</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>операция не разрешена</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>нет такого файла или папки</translation>
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
        <source>Disk quota exceeded</source>
        <translation>превышена дисковая квота</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>ошибка ввода-вывода</translation>
    </message>
    <message>
        <source>[Errno {number}] {reason}: {file}</source>
        <translation>[Errno {number}] {reason}: {file}</translation>
    </message>
    <message>
        <source>cannot write &apos;{file}&apos;: {reason}</source>
        <translation>не удаётся записать «{file}»: {reason}</translation>
    </message>
    <message>
        <source>it is a directory, not a file name</source>
        <translation>это папка, а не имя файла</translation>
    </message>
    <message>
        <source>&apos;{codec}&apos; codec can&apos;t decode byte {byte} in position {position}: {reason}</source>
        <translation>кодек {codec} не может декодировать байт {byte} в позиции {position}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{codec}&apos; codec can&apos;t decode bytes in position {start}-{end}: {reason}</source>
        <translation>кодек {codec} не может декодировать байты в позициях {start}–{end}: {reason}</translation>
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
        <source>the image is {width} x {height} = {pixels:,} pixels, over the limit of {limit:,} by {over:,}</source>
        <translation>изображение {width} × {height} = {pixels:,} пкс, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes, over the limit of {limit:,}</source>
        <translation>размер файла в байтах: {size:,}, это больше предела {limit:,}</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket)</source>
        <translation>не обычный файл (канал, устройство или сокет)</translation>
    </message>
    <message>
        <source>the file is {value:,} bytes, over the limit of {limit:,} by {over:,}</source>
        <translation>размер файла в байтах: {value:,}, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>the model has {value:,} classes, over the limit of {limit:,} by {over:,}</source>
        <translation>классов в модели: {value:,}, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>the model has {value:,} layers, over the limit of {limit:,} by {over:,}</source>
        <translation>слоёв в модели: {value:,}, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>the input has {value:,} cells (channels x height x width), over the limit of {limit:,} by {over:,}</source>
        <translation>ячеек во входе (каналы × высота × ширина): {value:,}, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>the model has {value:,} parameters up to this layer, over the limit of {limit:,} by {over:,}</source>
        <translation>параметров в модели до этого слоя: {value:,}, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>its output has {value:,} cells, over the limit of {limit:,} by {over:,}</source>
        <translation>ячеек в его выходе: {value:,}, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>its unrolled patches have {value:,} cells (channels x kernel x output positions), over the limit of {limit:,} by {over:,}</source>
        <translation>ячеек в его развёрнутых фрагментах (каналы × ядро × позиции выхода): {value:,}, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: {reason}</source>
        <translation>слой «{layer}»: {reason}</translation>
    </message>
    <message>
        <source>similarity must be one of {choices}, got {similarity}</source>
        <translation>сходство должно быть одним из: {choices}, а получено: {similarity}</translation>
    </message>
    <message>
        <source>gamma must be a number &gt; 0, got {gamma}</source>
        <translation>гамма должна быть числом больше 0, а получено: {gamma}</translation>
    </message>
    <message>
        <source>kernel, channels and stride must be &gt;= 1 and padding &gt;= 0</source>
        <translation>ядро, каналы и шаг должны быть не меньше 1, а паддинг — не меньше 0</translation>
    </message>
    <message>
        <source>expects (channels, height, width) input, got {shape}</source>
        <translation>ожидает вход вида (каналы, высота, ширина), а получено: {shape}</translation>
    </message>
    <message>
        <source>input has {channels} channels, its filters expect {expected}</source>
        <translation>у входа каналов: {channels}, а фильтры рассчитаны на {expected}</translation>
    </message>
    <message>
        <source>a {kernel_height}x{kernel_width} kernel does not fit a {height}x{width} input</source>
        <translation>ядро {kernel_height}x{kernel_width} не помещается во вход {height}x{width}</translation>
    </message>
    <message>
        <source>unknown activation {function}; choose one of {choices}</source>
        <translation>неизвестная функция активации {function}; выберите одну из: {choices}</translation>
    </message>
    <message>
        <source>pooling mode must be one of {choices}, got {mode}</source>
        <translation>режим пулинга должен быть одним из: {choices}, а получено: {mode}</translation>
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
        <source>cannot pool a {height}x{width} input onto a {grid_height}x{grid_width} grid</source>
        <translation>вход {height}x{width} нельзя свести пулингом к сетке {grid_height}x{grid_width}</translation>
    </message>
    <message>
        <source>a {window_height}x{window_width} window does not fit a {height}x{width} input</source>
        <translation>окно {window_height}x{window_width} не помещается во вход {height}x{width}</translation>
    </message>
    <message>
        <source>in_features and out_features must be &gt;= 1</source>
        <translation>in_features и out_features должны быть не меньше 1</translation>
    </message>
    <message>
        <source>expects a flat input of {features} features, got shape {shape} (add a flatten layer before it)</source>
        <translation>ожидает плоский вход из {features} признаков, а получена форма {shape} (добавьте перед ним слой flatten)</translation>
    </message>
    <message>
        <source>gets {features} input features, its weights expect {expected}</source>
        <translation>получает входных признаков: {features}, а его веса рассчитаны на {expected}</translation>
    </message>
    <message>
        <source>expects a flat vector of logits, got {shape}</source>
        <translation>ожидает плоский вектор логитов, а получено: {shape}</translation>
    </message>
    <message>
        <source>kernel, channels and stride must be at least 1 and padding at least 0, got kernel {kernel}, channels {channels}, stride {stride}, padding {padding}</source>
        <translation>ядро, число каналов и шаг должны быть не меньше 1, а паддинг — не меньше 0; получено: ядро {kernel}, каналов {channels}, шаг {stride}, паддинг {padding}</translation>
    </message>
    <message>
        <source>output padding {output_padding} must be smaller than the stride {stride} (try output padding 0 to {largest})</source>
        <translation>выходной паддинг {output_padding} должен быть меньше шага {stride} (попробуйте выходной паддинг от 0 до {largest})</translation>
    </message>
    <message>
        <source>padding {padding} crops away the whole output of a {kernel} transposed convolution on a {size} input (out = (n - 1)s - 2p + k + output_padding would be {out}); use padding {largest} or less</source>
        <translation>паддинг {padding} обрезает весь выход транспонированной свёртки {kernel} на входе {size} (out = (n - 1)s - 2p + k + output_padding было бы {out}); используйте паддинг не больше {largest}</translation>
    </message>
    <message>
        <source>upsampling mode must be one of {modes}, got {mode}</source>
        <translation>режим повышающей дискретизации должен быть одним из {modes}, получено {mode}</translation>
    </message>
    <message>
        <source>the upsampling scale must be a whole number from 1 to {limit}, got {scale}</source>
        <translation>масштаб повышающей дискретизации должен быть целым числом от 1 до {limit}, получено {scale}</translation>
    </message>
    <message>
        <source>two layers are named &apos;{layer}&apos;; layer names must be unique</source>
        <translation>два слоя называются «{layer}»; имена слоёв должны быть уникальными</translation>
    </message>
    <message>
        <source>input shape must be (channels, height, width) &gt;= 1, got {shape}</source>
        <translation>форма входа должна быть (каналы, высота, ширина), каждое не меньше 1, а получено: {shape}</translation>
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
        <source>the last layer gives shape {shape}, but there are {count} classes ({classes})</source>
        <translation>последний слой выдаёт форму {shape}, а классов {count} ({classes})</translation>
    </message>
    <message>
        <source>{key} has shape {shape}, expected {expected}</source>
        <translation>у {key} форма {shape}, а ожидалась {expected}</translation>
    </message>
    <message>
        <source>model &apos;{model}&apos; expects input of shape {expected} (channels x height x width), got {shape}</source>
        <translation>модель «{model}» ожидает вход формы {expected} (каналы x высота x ширина), а получена {shape}</translation>
    </message>
    <message>
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
    <message>
        <source>layer {number}: {reason}</source>
        <translation>слой {number}: {reason}</translation>
    </message>
    <message>
        <source>layer {number} (&apos;{layer}&apos;): {reason}</source>
        <translation>слой {number} («{layer}»): {reason}</translation>
    </message>
    <message>
        <source>cannot read model &apos;{file}&apos;: {reason}</source>
        <translation>не удаётся прочитать модель «{file}»: {reason}</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>no such file and no shipped model of that name (shipped: {shipped})</source>
        <translation>нет ни такого файла, ни встроенной модели с таким именем (встроенные: {shipped})</translation>
    </message>
    <message>
        <source>not valid JSON ({error} at line {line}, column {column})</source>
        <translation>это некорректный JSON ({error}: строка {line}, столбец {column})</translation>
    </message>
    <message>
        <source>not a model file (lists or objects nested too deeply)</source>
        <translation>это не файл модели (списки или объекты вложены слишком глубоко)</translation>
    </message>
    <message>
        <source>expected an object, got {kind}</source>
        <translation>ожидался объект, а получено: {kind}</translation>
    </message>
    <message>
        <source>missing field &apos;{field}&apos;</source>
        <translation>нет поля «{field}»</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be an integer, got {value}</source>
        <translation>поле «{field}» должно быть целым числом, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a string, got {value}</source>
        <translation>поле «{field}» должно быть строкой, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a list, got {value}</source>
        <translation>поле «{field}» должно быть списком, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be an object, got {value}</source>
        <translation>поле «{field}» должно быть объектом, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be true or false, got {value}</source>
        <translation>поле «{field}» должно быть true или false, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be an integer or a list, got {value}</source>
        <translation>поле «{field}» должно быть целым числом или списком, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be int or float, got {value}</source>
        <translation>поле «{field}» должно быть целым или дробным числом, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a finite number, got {value}</source>
        <translation>поле «{field}» должно быть конечным числом, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be &gt;= {minimum}, got {value}</source>
        <translation>поле «{field}» должно быть не меньше {minimum}, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be an integer &gt;= {minimum} or a pair of them, got {value}</source>
        <translation>поле «{field}» должно быть целым числом не меньше {minimum} или парой таких чисел, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be one of {choices}, got {value}</source>
        <translation>поле «{field}» должно быть одним из: {choices}, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a nested list of numbers of shape {shape}</source>
        <translation>поле «{field}» должно быть вложенным списком чисел формы {shape}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a nested list of numbers of shape {shape}, got {value}</source>
        <translation>поле «{field}» должно быть вложенным списком чисел формы {shape}, а получено: {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has shape {shape}, expected {expected}</source>
        <translation>у «{field}» форма {shape}, а ожидалась {expected}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains NaN or infinite values (weights must be finite numbers)</source>
        <translation>«{field}» содержит NaN или бесконечные значения (веса должны быть конечными числами)</translation>
    </message>
    <message>
        <source>unknown layer type &apos;{kind}&apos; (known: {known})</source>
        <translation>неизвестный тип слоя «{kind}» (известные: {known})</translation>
    </message>
    <message>
        <source>its settings ask for weights too large to hold ({reason})</source>
        <translation>настройки требуют слишком больших весов, их не удержать в памяти ({reason})</translation>
    </message>
    <message>
        <source>Unable to allocate {size} for an array with shape {shape} and data type {dtype}</source>
        <translation>не удаётся выделить {size} под массив формы {shape} с типом данных {dtype}</translation>
    </message>
    <message>
        <source>not a model file (a number has more than {limit} digits)</source>
        <translation>не файл модели (в числе больше {limit} цифр)</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be &quot;{expected}&quot;, got &quot;{value}&quot;</source>
        <translation>поле «{field}» должно быть «{expected}», а получено «{value}»</translation>
    </message>
    <message>
        <source>format version {version} is not supported (this cnnviz reads version {supported})</source>
        <translation>версия формата {version} не поддерживается (этот cnnviz читает версию {supported})</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must list at least two different names</source>
        <translation>в поле «{field}» должно быть не меньше двух разных имён</translation>
    </message>
    <message>
        <source>{key} contains NaN or infinite values; a model file can only hold finite weights</source>
        <translation>{key} содержит NaN или бесконечные значения; в файле модели могут храниться только конечные веса</translation>
    </message>
    <message>
        <source>cannot read model &apos;{file}&apos;: it is not a regular file (a pipe, device or socket)</source>
        <translation>не удаётся прочитать модель «{file}»: это не обычный файл (канал, устройство или сокет)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds a value beyond float32&apos;s range (about ±3.4e38); weights must fit in float32</source>
        <translation>&apos;{field}&apos; содержит значение вне диапазона float32 (около ±3,4e38); веса должны помещаться в float32</translation>
    </message>
    <message>
        <source>The hand-set circle/cross detector of the lecture: two 3x3 diagonal filters, ReLU, max-pooling into the four quadrants, 8 hand-set weights per class, softmax. 38 parameters.</source>
        <translation>Заданный вручную детектор кругов и крестиков из лекции: два диагональных фильтра 3x3, ReLU, макс-пулинг по четырём квадрантам, 8 заданных вручную весов на класс, софтмакс. 38 параметров.</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a list of numbers, one per channel, got {value}</source>
        <translation>поле &apos;{field}&apos; должно быть списком чисел, по одному на канал, получено {value}</translation>
    </message>
    <message>
        <source>Trained by cnnviz: {arch}, {samples} synthetic sketches, {epochs} epochs, {optimizer} lr {lr}, seed {seed}.</source>
        <translation>Обучена в cnnviz: {arch}, синтетических набросков: {samples}, эпох: {epochs}, {optimizer} со скоростью обучения {lr}, сид {seed}.</translation>
    </message>
    <message>
        <source>Trained by cnnviz on the image folder &apos;{folder}&apos; ({counts} images; {training} for training, {held_back} held back): {arch}, {epochs} epochs, seed {seed}.</source>
        <translation>Обучено в cnnviz на папке изображений &apos;{folder}&apos; (изображений: {counts}; для обучения: {training}, отложено: {held_back}): {arch}, эпох: {epochs}, сид {seed}.</translation>
    </message>
    <message>
        <source>the backward pass explains one drawing at a time: expected an input of shape {expected} or 1 x {expected}, got {got}</source>
        <translation>обратное распространение ошибки считается для одного рисунка за раз: ожидался вход формы {expected} или 1 x {expected}, получено {got}</translation>
    </message>
    <message>
        <source>the target class must be one of 0-{last} ({names}), not {label}</source>
        <translation>целевой класс должен быть одним из 0-{last} ({names}), а не {label}</translation>
    </message>
    <message>
        <source>cannot read &apos;{file}&apos;: the workbook unpacks to {size:,} bytes, over the limit of {limit:,}</source>
        <translation>не удаётся прочитать «{file}»: размер книги после распаковки в байтах: {size:,}, это больше предела {limit:,}</translation>
    </message>
    <message>
        <source>cannot read &apos;{file}&apos;: not an .xlsx workbook (its XML is nested too deeply)</source>
        <translation>не удаётся прочитать «{file}»: это не книга .xlsx (её XML вложен слишком глубоко)</translation>
    </message>
    <message>
        <source>η = {eta} was a big step for a gradient this large: it moved some weights by {percent} % of their layer&apos;s largest weight, so the network was changed rather than nudged. &quot;Undo step&quot; takes it back exactly; η = {smaller} would move them by about {aim} %.</source>
        <translation>η = {eta} — слишком большой шаг для такого большого градиента: некоторые веса сдвинулись на {percent} % от наибольшего веса своего слоя, так что сеть не подправлена, а переделана. «Отменить шаг» точно вернёт её назад; при скорости обучения η = {smaller} они сдвинулись бы примерно на {aim} %.</translation>
    </message>
    <message>
        <source>there is no class {target}; this model has {count} classes</source>
        <translation>класса {target} нет; у этой модели {count} классов</translation>
    </message>
    <message>
        <source>there is no drawing to learn from yet: draw something first</source>
        <translation>пока нет рисунка, на котором учиться: сначала нарисуйте что-нибудь</translation>
    </message>
    <message>
        <source>learning step η = {eta} toward {target}</source>
        <translation>шаг обучения η = {eta} к классу {target}</translation>
    </message>
    <message>
        <source>loss after each Step on this drawing: {losses}</source>
        <translation>потери на этом рисунке после каждого шага: {losses}</translation>
    </message>
    <message>
        <source>unknown palette {palette}; choose one of {choices}</source>
        <translation>неизвестная палитра {palette}; выберите одну из: {choices}</translation>
    </message>
    <message>
        <source>unknown language {language}; choose one of {choices}</source>
        <translation>неизвестный язык {language}; выберите один из: {choices}</translation>
    </message>
    <message>
        <source>unknown compare mode {mode}; choose one of {choices}</source>
        <translation>неизвестный режим сравнения {mode}; выберите один из: {choices}</translation>
    </message>
    <message>
        <source>the model has no cell {target} to pin</source>
        <translation>в модели нет ячейки {target}, которую можно закрепить</translation>
    </message>
    <message>
        <source>no model is open</source>
        <translation>модель не открыта</translation>
    </message>
    <message>
        <source>{layer} computed y = (x - {mean}) / {std} on this channel, so ∂L/∂x = ∂L/∂y / {std} = {upstream} / {std} = {value}</source>
        <translation>{layer} вычислил на этом канале y = (x - {mean}) / {std}, поэтому ∂L/∂x = ∂L/∂y / {std} = {upstream} / {std} = {value}</translation>
    </message>
    <message>
        <source>the inspector does not explain gradients through a {kind} layer (&apos;{layer}&apos;) yet; the engine&apos;s value is {value}</source>
        <translation>инспектор пока не объясняет градиенты, проходящие через слой типа {kind} («{layer}»); значение движка: {value}</translation>
    </message>
    <message>
        <source>{flatten} only reorders: this cell is input feature {feature} of the dense layer {dense}, so its gradient comes straight back from {dense}.</source>
        <translation>{flatten} только переставляет значения: эта ячейка — входной признак {feature} полносвязного слоя {dense}, поэтому её градиент приходит прямо из {dense}.</translation>
    </message>
    <message>
        <source>∂L/∂b[{f}] = sum of the upstream gradient ∂L/∂y over the {cells} cells of map {f}: {terms} = {value}</source>
        <translation>∂L/∂b[{f}] = сумма входящего градиента ∂L/∂y по {cells} ячейкам карты признаков {f}: {terms} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂b[{f}] = sum of the upstream gradient ∂L/∂y over the {cells} cells of map {f} ({nonzero} of them not 0, the largest in the table) = {value}</source>
        <translation>∂L/∂b[{f}] = сумма входящего градиента ∂L/∂y по {cells} ячейкам карты признаков {f} (не равных 0: {nonzero}, самые большие — в таблице) = {value}</translation>
    </message>
    <message>
        <source>The bias b[{f}] is added to every one of the {cells} cells of map {f}, so raising it raises them all: its gradient is the sum of the gradients arriving at them. The weights slide over the input; the bias has no input to multiply by.</source>
        <translation>Смещение b[{f}] прибавляется к каждой из {cells} ячеек карты признаков {f}, поэтому, увеличивая его, мы увеличиваем их все: его градиент — сумма градиентов, пришедших в эти ячейки. Веса скользят по входу; у смещения нет входа, на который его умножают.</translation>
    </message>
    <message>
        <source>∂L/∂b[{k}] = ∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}</source>
        <translation>∂L/∂b[{k}] = ∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}</translation>
    </message>
    <message>
        <source>The bias b[{k}] is added to output {k} alone, with nothing to multiply by: its gradient is the gradient arriving at that output, ∂L/∂z[{k}].</source>
        <translation>Смещение b[{k}] прибавляется только к выходу {k}, и умножать его не на что: его градиент — это градиент, пришедший в этот выход, ∂L/∂z[{k}].</translation>
    </message>
    <message>
        <source>Gradients are shown to {digits} significant digits; sums are computed from the unrounded values (float64), so the shown terms add up to the shown result only to within its last digit.</source>
        <translation>Градиенты показаны с {digits} значащими цифрами; суммы вычисляются по неокруглённым значениям (float64), поэтому показанные слагаемые дают показанный результат лишь с точностью до последней цифры.</translation>
    </message>
    <message>
        <source>computed exactly (float64): {computed}; the engine&apos;s backward pass ({dtype}) gives {engine}; shown as {shown}</source>
        <translation>точно (float64): {computed}; обратное распространение ошибки в движке ({dtype}) даёт {engine}; показано как {shown}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {computed}; the engine&apos;s backward pass ({dtype}) gives {engine}, a DIFFERENCE of {difference}, beyond {dtype} rounding (±{tolerance}); shown as {shown}</source>
        <translation>точно (float64): {computed}; обратное распространение ошибки в движке ({dtype}) даёт {engine}, РАЗНИЦА {difference} больше округления {dtype} (±{tolerance}); показано как {shown}</translation>
    </message>
    <message>
        <source>exact attribution needs a piecewise-linear network; layer &apos;{layer}&apos; uses {function}</source>
        <translation>точное разложение вклада возможно только для кусочно-линейной сети; слой «{layer}» использует {function}</translation>
    </message>
    <message>
        <source>exact attribution needs a piecewise-linear network; layer &apos;{layer}&apos; uses {similarity} similarity</source>
        <translation>точное разложение вклада возможно только для кусочно-линейной сети; слой «{layer}» использует сходство {similarity}</translation>
    </message>
    <message>
        <source>exact attribution needs a piecewise-linear network; layer &apos;{layer}&apos; is a {kind}</source>
        <translation>точное разложение вклада возможно только для кусочно-линейной сети; слой «{layer}» — слой типа {kind}</translation>
    </message>
    <message>
        <source>exact attribution needs a piecewise-linear network; layer &apos;{layer}&apos; is a softmax before the logits</source>
        <translation>точное разложение вклада возможно только для кусочно-линейной сети; слой «{layer}» — softmax перед логитами</translation>
    </message>
    <message>
        <source>attribution explains one drawing at a time, got a batch of {batch}</source>
        <translation>разложение вклада объясняет по одному рисунку, а получен пакет из {batch}</translation>
    </message>
    <message>
        <source>class index {index} is out of range for classes {classes}</source>
        <translation>номер класса {index} вне диапазона классов {classes}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a class name: use 1 to {limit} characters, on one line, without / \ : * ? &quot; &lt; &gt; |</source>
        <translation>&apos;{name}&apos; не может быть именем класса: используйте от 1 до {limit} символов, одну строку, без / \ : * ? &quot; &lt; &gt; |</translation>
    </message>
    <message>
        <source>there are {count} classes ({names}); a model needs {low} to {high}</source>
        <translation>классов: {count} ({names}); модели нужно от {low} до {high}</translation>
    </message>
    <message>
        <source>the class &apos;{name}&apos; is listed twice; every class needs its own name</source>
        <translation>класс &apos;{name}&apos; указан дважды; у каждого класса должно быть своё имя</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not one of the classes {names}</source>
        <translation>&apos;{name}&apos; не входит в число классов {names}</translation>
    </message>
    <message>
        <source>{labels} line {line}: {reason}</source>
        <translation>{labels}, строка {line}: {reason}</translation>
    </message>
    <message>
        <source>{file} lists {rows:,} drawings; only the first {limit:,} are read</source>
        <translation>в {file} перечислено рисунков: {rows:,}; читаются только первые {limit:,}</translation>
    </message>
    <message>
        <source>{folder} already holds &apos;{name}&apos;: export into an empty or new folder (an export never overwrites or deletes files)</source>
        <translation>в {folder} уже есть &apos;{name}&apos;: экспортируйте в пустую или новую папку (экспорт никогда не перезаписывает и не удаляет файлы)</translation>
    </message>
    <message>
        <source>lists or objects nested too deeply</source>
        <translation>списки или объекты вложены слишком глубоко</translation>
    </message>
    <message>
        <source>not read: the collection&apos;s pages would take more than {limit:,} MB of memory</source>
        <translation>не прочитано: страницы коллекции заняли бы больше {limit:,} МБ памяти</translation>
    </message>
    <message>
        <source>class folders in {folder}: {count} ({names}); training needs {low} to {high}</source>
        <translation>в {folder} папок классов: {count} ({names}); для обучения нужно от {low} до {high}</translation>
    </message>
    <message>
        <source>images in class &apos;{name}&apos;: {count} ({folder}); each class needs at least {minimum} PNG, JPEG or BMP files</source>
        <translation>в классе &apos;{name}&apos; изображений: {count} ({folder}); в каждом классе должно быть не меньше {minimum} файлов PNG, JPEG или BMP</translation>
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
        <source>{layer}: similarity {old} -&gt; dot (each cell is the inner product filter · patch, plus the bias)</source>
        <translation>{layer}: сходство {old} → dot (каждая ячейка — скалярное произведение фильтр · фрагмент плюс смещение)</translation>
    </message>
    <message>
        <source>{layer}: similarity {old} -&gt; cosine (each cell is the cosine of the angle between filter and patch, in [-1, 1], plus the bias: how alike, whatever the brightness)</source>
        <translation>{layer}: сходство {old} → cosine (каждая ячейка — косинус угла между фильтром и фрагментом, в [-1, 1], плюс смещение: насколько они похожи, независимо от яркости)</translation>
    </message>
    <message>
        <source>{layer}: similarity {old} -&gt; rbf (each cell is exp(-gamma |patch - filter|²), plus the bias: 1 where the patch equals the filter, towards 0 as they differ)</source>
        <translation>{layer}: сходство {old} → rbf (каждая ячейка — exp(-gamma |фрагмент - фильтр|²) плюс смещение: 1, где фрагмент равен фильтру, и ближе к 0, чем сильнее они различаются)</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} weights set</source>
        <translation>{layer}: веса фильтра {filter} заданы</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} weights set, bias {bias}</source>
        <translation>{layer}: веса фильтра {filter} заданы, смещение {bias}</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} set to the {preset} preset</source>
        <translation>{layer}: фильтр {filter} заменён шаблоном «{preset}»</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} set to the {preset} preset on every input channel</source>
        <translation>{layer}: фильтр {filter} заменён шаблоном «{preset}» во всех входных каналах</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} set to the {preset} preset on input channel {channel}</source>
        <translation>{layer}: фильтр {filter} заменён шаблоном «{preset}» во входном канале {channel}</translation>
    </message>
    <message>
        <source>{layer} computes a true convolution, so this kernel is multiplied rotated by 180°</source>
        <translation>{layer} вычисляет настоящую свёртку, поэтому ядро умножается повёрнутым на 180°</translation>
    </message>
    <message>
        <source>{layer} computes a true convolution, so this kernel is multiplied rotated by 180° (Sobel flips sign)</source>
        <translation>{layer} вычисляет настоящую свёртку, поэтому ядро умножается повёрнутым на 180° (у Собеля меняется знак)</translation>
    </message>
    <message>
        <source>{layer}: its input changed from {old} to {new} features, so its weights were re-initialised (undo to restore)</source>
        <translation>{layer}: вход изменился с {old} до {new} признаков, поэтому веса инициализированы заново (отмена вернёт их)</translation>
    </message>
    <message>
        <source>{layer}: its input changed from {old} to {new} channels, so its filters were re-initialised (undo to restore)</source>
        <translation>{layer}: вход изменился с {old} до {new} каналов, поэтому фильтры инициализированы заново (отмена вернёт их)</translation>
    </message>
    <message>
        <source>{layer}: kernels resized from {old} to {new} ({how})</source>
        <translation>{layer}: размер ядер изменён с {old} на {new} ({how})</translation>
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
        <source>{layer}: padding {old} -&gt; {new}</source>
        <translation>{layer}: паддинг {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: padding {old} -&gt; {new} (a border of {new} zero cell around the input)</source>
        <translation>{layer}: паддинг {old} → {new} (рамка из {new} нулевой ячейки вокруг входа)</translation>
    </message>
    <message>
        <source>{layer}: padding {old} -&gt; {new} (a border of {new} zero cells around the input)</source>
        <translation>{layer}: паддинг {old} → {new} (рамка из {new} нулевых ячеек вокруг входа)</translation>
    </message>
    <message>
        <source>{layer}: stride {old} -&gt; {new}</source>
        <translation>{layer}: шаг {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: now computes a true convolution (each kernel rotated by 180°)</source>
        <translation>{layer}: теперь вычисляет настоящую свёртку (каждое ядро повёрнуто на 180°)</translation>
    </message>
    <message>
        <source>{layer}: now computes a cross-correlation (kernels used as stored)</source>
        <translation>{layer}: теперь вычисляет взаимную корреляцию (ядра как хранятся)</translation>
    </message>
    <message>
        <source>{layer}: gamma {old} -&gt; {new}</source>
        <translation>{layer}: гамма {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: output {old} -&gt; {new}</source>
        <translation>{layer}: выход {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: nothing changed</source>
        <translation>{layer}: ничего не изменилось</translation>
    </message>
    <message>
        <source>{layer}: added an activation layer &apos;{name}&apos; ({function}) after it</source>
        <translation>{layer}: после него добавлен слой активации «{name}» ({function})</translation>
    </message>
    <message>
        <source>{layer}: activation {old} -&gt; {new}</source>
        <translation>{layer}: функция активации {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: {old} -&gt; {new} pooling</source>
        <translation>{layer}: пулинг {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: now pools onto a fixed {grid} grid (adaptive)</source>
        <translation>{layer}: теперь пулинг в фиксированную сетку {grid} (адаптивный)</translation>
    </message>
    <message>
        <source>{layer}: output grid {old} -&gt; {new}</source>
        <translation>{layer}: выходная сетка {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: now pools {window} windows with stride {stride} (was adaptive onto {grid})</source>
        <translation>{layer}: теперь пулинг окнами {window} с шагом {stride} (был адаптивным в {grid})</translation>
    </message>
    <message>
        <source>{layer}: window {old} -&gt; {new}</source>
        <translation>{layer}: окно {old} → {new}</translation>
    </message>
    <message>
        <source>the &apos;\&apos; preset needs a square kernel of at least 2x2, not {size}</source>
        <translation>шаблону «\ диагональ» нужно квадратное ядро не меньше 2x2, а не {size}</translation>
    </message>
    <message>
        <source>the &apos;/&apos; preset needs a square kernel of at least 2x2, not {size}</source>
        <translation>шаблону «/ диагональ» нужно квадратное ядро не меньше 2x2, а не {size}</translation>
    </message>
    <message>
        <source>the &apos;horizontal&apos; preset needs an odd kernel height of at least 3 (a middle row), not {size}</source>
        <translation>шаблону «горизонтальная линия» нужна нечётная высота ядра не меньше 3 (чтобы была средняя строка), а не {size}</translation>
    </message>
    <message>
        <source>the &apos;vertical&apos; preset needs an odd kernel width of at least 3 (a middle column), not {size}</source>
        <translation>шаблону «вертикальная линия» нужна нечётная ширина ядра не меньше 3 (чтобы был средний столбец), а не {size}</translation>
    </message>
    <message>
        <source>the &apos;sobel_x&apos; preset needs a kernel of at least 2x2, not {size}</source>
        <translation>шаблону «Собель x» нужно ядро не меньше 2x2, а не {size}</translation>
    </message>
    <message>
        <source>the &apos;sobel_y&apos; preset needs a kernel of at least 2x2, not {size}</source>
        <translation>шаблону «Собель y» нужно ядро не меньше 2x2, а не {size}</translation>
    </message>
    <message>
        <source>the &apos;laplacian&apos; preset needs odd kernel sizes (a centre cell), not {size}</source>
        <translation>шаблону «Лапласиан» нужны нечётные размеры ядра (чтобы была центральная ячейка), а не {size}</translation>
    </message>
    <message>
        <source>the &apos;identity&apos; preset needs odd kernel sizes (a centre cell), not {size}</source>
        <translation>шаблону «тождественный» нужны нечётные размеры ядра (чтобы была центральная ячейка), а не {size}</translation>
    </message>
    <message>
        <source>the &apos;random&apos; preset needs a random generator (rng)</source>
        <translation>шаблону «случайный (He)» нужен генератор случайных чисел (rng)</translation>
    </message>
    <message>
        <source>unknown preset {preset}; choose one of {choices}</source>
        <translation>неизвестный шаблон {preset}; выберите один из: {choices}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a PNG picture of {size} x {size} pixels (grey or colour), in base64</source>
        <translation>поле «{field}» должно быть PNG-картинкой {size} x {size} пикселей (серой или цветной) в base64</translation>
    </message>
    <message>
        <source>Above, lecture-ox&apos;s two diagonal filters set by hand; below, the eight ox-cnn learned from examples: the pipeline shows the learned ones at work</source>
        <translation>Сверху — два диагональных фильтра lecture-ox, заданные вручную; снизу — восемь фильтров ox-cnn, выученных на примерах: конвейер показывает выученные в работе</translation>
    </message>
    <message>
        <source>no layer named {layer} (layers: {layers})</source>
        <translation>нет слоя с именем {layer} (слои: {layers})</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not a convolution layer</source>
        <translation>слой «{layer}» — слой типа {kind}, а не свёрточный</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not a pooling layer</source>
        <translation>слой «{layer}» — слой типа {kind}, а не слой пулинга</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not a dense layer</source>
        <translation>слой «{layer}» — слой типа {kind}, а не полносвязный</translation>
    </message>
    <message>
        <source>{problem}; re-initialising it needs a random generator (rng)</source>
        <translation>{problem}; чтобы инициализировать его заново, нужен генератор случайных чисел (rng)</translation>
    </message>
    <message>
        <source>this change cannot be made, nothing was changed: {problem}</source>
        <translation>это изменение невозможно, ничего не изменено: {problem}</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed</source>
        <translation>{problem}; ничего не изменено</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; has filters 0 to {last}, not {filter}</source>
        <translation>у слоя «{layer}» фильтры с 0 по {last}, фильтра {filter} нет</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; has input channels 0 to {last}, not {channel}</source>
        <translation>у слоя «{layer}» входные каналы с 0 по {last}, канала {channel} нет</translation>
    </message>
    <message>
        <source>filter weights must be numbers</source>
        <translation>веса фильтра должны быть числами</translation>
    </message>
    <message>
        <source>filter {filter} weights have shape {shape}, expected {expected}</source>
        <translation>веса фильтра {filter} имеют форму {shape}, а ожидается {expected}</translation>
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
        <source>similarity must be one of {choices}, not {similarity}</source>
        <translation>сходство должно быть одним из: {choices}, а не {similarity}</translation>
    </message>
    <message>
        <source>gamma must be a number &gt; 0, not {gamma}</source>
        <translation>гамма должна быть числом больше 0, а не {gamma}</translation>
    </message>
    <message>
        <source>padding must be 0 or more, not {padding}</source>
        <translation>паддинг должен быть не меньше 0, а не {padding}</translation>
    </message>
    <message>
        <source>stride must be 1 or more, not {stride}</source>
        <translation>шаг должен быть не меньше 1, а не {stride}</translation>
    </message>
    <message>
        <source>kernel size must be 1 or more, not {kernel}</source>
        <translation>размер ядра должен быть не меньше 1, а не {kernel}</translation>
    </message>
    <message>
        <source>a {kernel_height}x{kernel_width} kernel with padding {padding} does not fit its {height}x{width} input (out = floor((n + 2p - k) / s) + 1 would be {out})</source>
        <translation>ядро {kernel_height}x{kernel_width} с паддингом {padding} не помещается во вход {height}x{width} (out = floor((n + 2p - k) / s) + 1 было бы {out})</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer: activations follow convolution or dense layers</source>
        <translation>слой «{layer}» — слой типа {kind}: функция активации ставится после свёрточного или полносвязного слоя</translation>
    </message>
    <message>
        <source>pooling mode must be one of {choices}, not {mode}</source>
        <translation>режим пулинга должен быть одним из: {choices}, а не {mode}</translation>
    </message>
    <message>
        <source>give either an output grid or a window size and stride, not both</source>
        <translation>укажите либо выходную сетку, либо размер окна и шаг, но не то и другое сразу</translation>
    </message>
    <message>
        <source>unknown conv setting(s) {settings}</source>
        <translation>неизвестные настройки свёртки: {settings}</translation>
    </message>
    <message>
        <source>unknown pooling setting(s) {settings}</source>
        <translation>неизвестные настройки пулинга: {settings}</translation>
    </message>
    <message>
        <source>no change given</source>
        <translation>изменение не указано</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer: it has no settings to change</source>
        <translation>слой «{layer}» — слой типа {kind}: у него нет настроек, которые можно изменить</translation>
    </message>
    <message>
        <source>model &apos;{model}&apos; has no pooling layer to compare</source>
        <translation>в модели «{model}» нет слоя подвыборки для сравнения</translation>
    </message>
    <message>
        <source>synthetic sketches exist only for {shapes}, not for the class &apos;{name}&apos;: set the number of synthetic sketches to 0, or rename the class</source>
        <translation>синтетические эскизы есть только для {shapes}, но не для класса &apos;{name}&apos;: задайте число синтетических эскизов равным 0 или переименуйте класс</translation>
    </message>
    <message>
        <source>unknown architecture &apos;{arch}&apos;; choose one of {choices}</source>
        <translation>неизвестная архитектура &apos;{arch}&apos;; выберите одну из: {choices}</translation>
    </message>
    <message>
        <source>a model needs {low} to {high} different classes, got {count} ({names})</source>
        <translation>модели нужно от {low} до {high} разных классов, получено: {count} ({names})</translation>
    </message>
    <message>
        <source>{arch} needs an input of at least {minimum} x {minimum} pixels, got {height} x {width}</source>
        <translation>для {arch} нужен вход не меньше {minimum} x {minimum} пикселей, получено {height} x {width}</translation>
    </message>
    <message>
        <source>{file}: the drawing has {points:,} recorded points, over the limit of {limit:,} by {over:,}</source>
        <translation>{file}: записанных точек в рисунке: {points:,}, это больше предела {limit:,} на {over:,}</translation>
    </message>
    <message>
        <source>{file}: the scene file is {size:,} bytes, over the limit of {limit:,}</source>
        <translation>{file}: размер файла сцены в байтах: {size:,}, это больше предела {limit:,}</translation>
    </message>
    <message>
        <source>{file}: not a scene file (lists or objects nested too deeply)</source>
        <translation>{file}: это не файл сцены (списки или объекты вложены слишком глубоко)</translation>
    </message>
    <message>
        <source>{file}: not a regular file (a pipe, device or socket)</source>
        <translation>{file}: это не обычный файл (канал, устройство или сокет)</translation>
    </message>
    <message>
        <source>Numbers are shown rounded to {decimals} decimals. Sums are computed from the unrounded values (in float64), so the shown terms may add up to the shown sum only to within the last digit.</source>
        <translation>Числа округлены до {decimals} знаков после запятой. Суммы вычисляются по неокруглённым значениям (в float64), поэтому показанные слагаемые могут давать показанную сумму лишь с точностью до последнего знака.</translation>
    </message>
    <message>
        <source>the engine ({dtype}) gives {engine}, exactly this value (picking a value involves no rounding); shown as {shown}</source>
        <translation>движок ({dtype}) даёт {engine}, ровно это значение (выбор значения не требует округления); показано как {shown}</translation>
    </message>
    <message>
        <source>the engine ({dtype}) gives {engine}, a DIFFERENT value (picking a value involves no rounding); shown as {shown}</source>
        <translation>движок ({dtype}) даёт {engine}, ДРУГОЕ значение (выбор значения не требует округления); показано как {shown}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {computed}; the engine ({dtype}) gives {engine}; difference {difference} within {dtype} rounding (±{tolerance}); shown as {shown}</source>
        <translation>точный расчёт (float64): {computed}; движок ({dtype}) даёт {engine}; разница {difference} в пределах округления {dtype} (±{tolerance}); показано как {shown}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {computed}; the engine ({dtype}) gives {engine}; difference {difference} OUTSIDE {dtype} rounding (±{tolerance}); shown as {shown}</source>
        <translation>точный расчёт (float64): {computed}; движок ({dtype}) даёт {engine}; разница {difference} ВНЕ пределов округления {dtype} (±{tolerance}); показано как {shown}</translation>
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
        <source>average of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {total} / {count} = {value}</source>
        <translation>среднее {count} ячеек (строки {top}–{bottom}, столбцы {left}–{right}) = {total} / {count} = {value}</translation>
    </message>
    <message>
        <source>max of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {value}, at row {row}, col {col}</source>
        <translation>максимум {count} ячеек (строки {top}–{bottom}, столбцы {left}–{right}) = {value}, в строке {row}, столбце {col}</translation>
    </message>
    <message>
        <source>min of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {value}, at row {row}, col {col}</source>
        <translation>минимум {count} ячеек (строки {top}–{bottom}, столбцы {left}–{right}) = {value}, в строке {row}, столбце {col}</translation>
    </message>
    <message>
        <source>Every logit is first shifted by the largest one ({shift}): exp(z - m) / sum exp(z - m) equals exp(z) / sum exp(z), and no exp overflows.</source>
        <translation>Сначала из каждого логита вычитается наибольший ({shift}): exp(z - m) / Σ exp(z - m) равно exp(z) / Σ exp(z), и exp не переполняется.</translation>
    </message>
    <message>
        <source>{filters} filters x ({channels} x {height} x {width}) weights + {filters} biases = {weights} + {biases} = {total}</source>
        <translation>{filters} фильтров × ({channels} × {height} × {width}) весов + {filters} смещений = {weights} + {biases} = {total}</translation>
    </message>
    <message>
        <source>{outputs} x {inputs} weights + {biases} biases = {weights} + {biases} = {total}</source>
        <translation>{outputs} × {inputs} весов + {biases} смещений = {weights} + {biases} = {total}</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>нет параметров</translation>
    </message>
    <message>
        <source>a dense layer from the same {inputs} inputs to the same {outputs} outputs would need {inputs} x {outputs} + {outputs} = {parameters} parameters, {times} times as many: a convolution shares one small filter across every position</source>
        <translation>полносвязному слою с теми же {inputs} входами и {outputs} выходами понадобилось бы {inputs} × {outputs} + {outputs} = {parameters} параметров, в {times} раз больше: свёртка использует один маленький фильтр во всех позициях</translation>
    </message>
    <message>
        <source>out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = {out}</source>
        <translation>out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = {out}</translation>
    </message>
    <message>
        <source>out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = {out}: nothing (a {kernel}-wide window does not fit {cells} cells)</source>
        <translation>out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = {out}: ничего (окно ширины {kernel} не помещается в {cells} ячеек)</translation>
    </message>
    <message>
        <source>adaptive pooling: out = {bins} whatever n (n = {n}; bins {edges})</source>
        <translation>адаптивный пулинг: out = {bins} при любом n (n = {n}; интервалы {edges})</translation>
    </message>
    <message>
        <source>{source} map {map}, row {row}, col {col}</source>
        <translation>{source} карта {map}, строка {row}, столбец {col}</translation>
    </message>
    <message>
        <source>{source} value {index}</source>
        <translation>{source} значение {index}</translation>
    </message>
    <message>
        <source>{source} feature {index}</source>
        <translation>{source} признак {index}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>no layer named {layer} in this forward pass (layers: {layers})</source>
        <translation>в этом прямом проходе нет слоя с именем {layer} (слои: {layers})</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: a cell index needs {count} numbers (sample, ...) for output shape {shape}, got {index}</source>
        <translation>слой «{layer}»: номер ячейки для выхода формы {shape} состоит из {count} чисел (образец, ...), а получено {index}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: cell {index} is outside its output of shape {shape}</source>
        <translation>слой «{layer}»: ячейка {index} лежит вне его выхода формы {shape}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not a convolution</source>
        <translation>слой «{layer}» — слой типа {kind}, а не свёрточный</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not pooling</source>
        <translation>слой «{layer}» — слой типа {kind}, а не слой подвыборки</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not dense</source>
        <translation>слой «{layer}» — слой типа {kind}, а не полносвязный</translation>
    </message>
    <message>
        <source>sample {sample} is outside this batch of {batch}</source>
        <translation>образец {sample} лежит вне этого пакета из {batch}</translation>
    </message>
    <message>
        <source>class {index} does not exist (classes: {classes})</source>
        <translation>класса {index} нет (классы: {classes})</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: cannot explain a {kind} layer</source>
        <translation>слой «{layer}»: слой типа {kind} объяснить нельзя</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: no receptive field rule for a {kind} layer</source>
        <translation>слой «{layer}»: для слоя типа {kind} нет правила рецептивного поля</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer: only convolution and pooling layers have controls</source>
        <translation>слой «{layer}» — слой типа {kind}: настраивать можно только свёрточные слои и слои подвыборки</translation>
    </message>
    <message>
        <source>inserted {kind} layer &apos;{layer}&apos; at position {position}: output {shape}</source>
        <translation>слой {kind} &apos;{layer}&apos; вставлен в позицию {position}: выход {shape}</translation>
    </message>
    <message>
        <source>removed layer &apos;{layer}&apos;</source>
        <translation>слой &apos;{layer}&apos; удалён</translation>
    </message>
    <message>
        <source>moved layer &apos;{layer}&apos; from position {old} to {new}</source>
        <translation>слой &apos;{layer}&apos; перемещён из позиции {old} в позицию {new}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: {old} -&gt; {new} filters ({kept} kept, {added} new)</source>
        <translation>слой &apos;{layer}&apos;: фильтров: {old} -&gt; {new} (сохранено: {kept}, новых: {added})</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: {old} -&gt; {new} outputs ({kept} kept, {added} new)</source>
        <translation>слой &apos;{layer}&apos;: выходов: {old} -&gt; {new} (сохранено: {kept}, новых: {added})</translation>
    </message>
    <message>
        <source>input {old} -&gt; {new}</source>
        <translation>вход {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>{change}; fitted to their new inputs (weights kept where the shapes allow, the rest He-initialised): {layers}</source>
        <translation>{change}; подогнаны под новые входы (веса сохранены там, где позволяют формы, остальные инициализированы по He): {layers}</translation>
    </message>
    <message>
        <source>there is no layer named &apos;{layer}&apos; (layers: {names})</source>
        <translation>слоя с именем &apos;{layer}&apos; нет (слои: {names})</translation>
    </message>
    <message>
        <source>cannot insert a &apos;{kind}&apos; layer; choose one of {kinds}</source>
        <translation>нельзя вставить слой &apos;{kind}&apos;; выберите один из: {kinds}</translation>
    </message>
    <message>
        <source>position {position} is outside the model; choose 0 to {last}</source>
        <translation>позиция {position} вне модели; выберите от 0 до {last}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) has no filters; only convolution layers (conv2d, conv_transpose2d) have them</source>
        <translation>у слоя &apos;{layer}&apos; ({kind}) нет фильтров; они есть только у свёрточных слоёв (conv2d, conv_transpose2d)</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) is not a dense layer; only dense layers have a number of outputs to set</source>
        <translation>слой &apos;{layer}&apos; ({kind}) не полносвязный; число выходов можно задать только у полносвязных слоёв</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not {value}</source>
        <translation>{what}: нужно целое число от {low} до {high}, а не {value}</translation>
    </message>
    <message>
        <source>cannot insert this {kind} layer: {reason}</source>
        <translation>нельзя вставить этот слой {kind}: {reason}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; gives the network&apos;s scores, one per class ({classes}), so it keeps {count} outputs; insert another dense layer before it to change a hidden size</source>
        <translation>слой &apos;{layer}&apos; выдаёт оценки сети, по одной на класс ({classes}), поэтому число выходов остаётся {count}; чтобы изменить размер скрытого слоя, вставьте перед ним ещё один полносвязный слой</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: a {kernel} kernel does not fit its {size} input with padding {padding} (out = floor((n + 2p - k) / s) + 1 would be {out}); a kernel of at most {largest} fits, or padding of at least {padding_needed}</source>
        <translation>слой &apos;{layer}&apos;: ядро {kernel} не помещается во вход {size} при паддинге {padding} (out = floor((n + 2p - k) / s) + 1 было бы {out}); поместится ядро не больше {largest} или подойдёт паддинг не меньше {padding_needed}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: a {window} pooling window does not fit its {size} input; a window of at most {largest} fits</source>
        <translation>слой &apos;{layer}&apos;: окно пулинга {window} не помещается во вход {size}; поместится окно не больше {largest}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: cannot pool a {size} input onto a {grid} grid; a grid of at most {size} fits</source>
        <translation>слой &apos;{layer}&apos;: нельзя свести пулингом вход {size} к сетке {grid}; подойдёт сетка не больше {size}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) works on feature maps, but gets {features} flat features; put it before the flatten layer</source>
        <translation>слой &apos;{layer}&apos; ({kind}) работает с картами признаков, но получает плоских признаков: {features}; поставьте его перед слоем flatten</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) needs a flat vector, but gets feature maps {shape}; insert a flatten layer before it</source>
        <translation>слою &apos;{layer}&apos; ({kind}) нужен плоский вектор, но он получает карты признаков {shape}; вставьте перед ним слой flatten</translation>
    </message>
    <message>
        <source>the network would end with shape {shape}, but there are {count} classes ({classes}); it must end with a dense layer of {count} outputs (and a softmax)</source>
        <translation>сеть закончилась бы формой {shape}, но классов: {count} ({classes}); она должна заканчиваться полносвязным слоем с числом выходов {count} (и софтмаксом)</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: a softmax turns the final scores into probabilities, so it can only be the last layer</source>
        <translation>слой &apos;{layer}&apos;: софтмакс превращает итоговые оценки в вероятности, поэтому он может быть только последним слоем</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; would output {shape} = {cells} cells, over the limit of {limit}; pool or use a stride to make it smaller first</source>
        <translation>выход слоя &apos;{layer}&apos; был бы {shape}, всего ячеек: {cells} — больше предела {limit}; сначала уменьшите его пулингом или шагом</translation>
    </message>
    <message>
        <source>out = floor(({n} + 2·{p} − {k}) / {s}) + 1 = {out}</source>
        <translation>out = floor(({n} + 2·{p} − {k}) / {s}) + 1 = {out}</translation>
    </message>
    <message>
        <source>out = ({n} − 1)·{s} − 2·{p} + {k} + {op} = {out}</source>
        <translation>out = ({n} − 1)·{s} − 2·{p} + {k} + {op} = {out}</translation>
    </message>
    <message>
        <source>out = floor(({n} − {k}) / {s}) + 1 = {out}</source>
        <translation>out = floor(({n} − {k}) / {s}) + 1 = {out}</translation>
    </message>
    <message>
        <source>{n} cells into {out} bins</source>
        <translation>ячеек: {n} → интервалов: {out}</translation>
    </message>
    <message>
        <source>out = {n}·{s} = {out}</source>
        <translation>out = {n}·{s} = {out}</translation>
    </message>
    <message>
        <source>{c}·{h}·{w} = {out} features</source>
        <translation>признаков: {c}·{h}·{w} = {out}</translation>
    </message>
    <message>
        <source>{n} inputs → {out} outputs</source>
        <translation>входов: {n} → выходов: {out}</translation>
    </message>
    <message>
        <source>no layer named &apos;{layer}&apos; in this backward pass (layers: {names})</source>
        <translation>в этом обратном распространении ошибки нет слоя &apos;{layer}&apos; (слои: {names})</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer; only convolution and dense layers have weights and biases</source>
        <translation>слой &apos;{layer}&apos; — слой типа {kind}; веса и смещения есть только у свёрточных и полносвязных слоёв</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: cell {index} is outside its shape {shape}</source>
        <translation>слой &apos;{layer}&apos;: ячейка {index} вне его формы {shape}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: weight {index} is outside its shape {shape}</source>
        <translation>слой &apos;{layer}&apos;: вес {index} вне его формы {shape}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: bias {index} is outside its shape {shape}</source>
        <translation>слой &apos;{layer}&apos;: смещение {index} вне его формы {shape}</translation>
    </message>
    <message>
        <source>∂L/∂p({name}) = -1 / p({name}) = -1 / {p} = {value}</source>
        <translation>∂L/∂p({name}) = -1 / p({name}) = -1 / {p} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂p({name}) = 0: the loss -log p({target}) looks only at the target class&apos;s probability</source>
        <translation>∂L/∂p({name}) = 0: функция потерь -log p({target}) зависит только от вероятности целевого класса</translation>
    </message>
    <message>
        <source>∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}</source>
        <translation>∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}</translation>
    </message>
    <message>
        <source>The backward pass starts here: softmax minus one-hot. A positive gradient says &quot;lower this logit&quot;, a negative one &quot;raise it&quot;; only the target class ({target}) is negative.</source>
        <translation>Обратное распространение ошибки начинается здесь: softmax минус one-hot. Положительный градиент говорит «уменьши этот логит», отрицательный — «увеличь»; отрицателен только градиент целевого класса ({target}).</translation>
    </message>
    <message>
        <source>ReLU passed its input {x} &gt; 0 forward, so it passes the gradient back unchanged: {upstream} × 1 = {value}</source>
        <translation>ReLU пропустил свой вход {x} &gt; 0 вперёд, поэтому пропускает градиент назад без изменений: {upstream} × 1 = {value}</translation>
    </message>
    <message>
        <source>ReLU blocked its input {x} ≤ 0 (output 0), so it blocks the gradient too: {upstream} × 0 = 0</source>
        <translation>ReLU заблокировал свой вход {x} ≤ 0 (выход 0), поэтому блокирует и градиент: {upstream} × 0 = 0</translation>
    </message>
    <message>
        <source>{function}&apos;({x}) = {slope}; upstream {upstream} × {slope} = {value}</source>
        <translation>{function}&apos;({x}) = {slope}; градиент сверху {upstream} × {slope} = {value}</translation>
    </message>
    <message>
        <source>{mode}-pooling routes each window&apos;s gradient to its winning cell only: this cell won {won} of the {windows} windows it is in; sum {terms} = {value}</source>
        <translation>{mode}-пулинг передаёт градиент каждого окна только клетке-победителю: эта клетка победила в {won} из {windows} окон, в которые входит; сумма {terms} = {value}</translation>
    </message>
    <message>
        <source>{mode}-pooling routes each window&apos;s gradient to its winning cell only: this cell did not win any of the {windows} windows it is in, so its gradient is 0</source>
        <translation>{mode}-пулинг передаёт градиент каждого окна только клетке-победителю: эта клетка не победила ни в одном из {windows} окон, в которые входит, поэтому её градиент равен 0</translation>
    </message>
    <message>
        <source>average pooling spreads each window&apos;s gradient evenly over its {size} cells: sum over {windows} windows of upstream × 1/{size} = {terms} = {value}</source>
        <translation>усредняющий пулинг делит градиент каждого окна поровну между его {size} клетками: сумма по {windows} окнам градиента сверху × 1/{size} = {terms} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂x = sum over {filters} filters of (upstream gradient window × filter rotated 180°): {terms} = {value}</source>
        <translation>∂L/∂x = сумма по {filters} фильтрам (окно градиента сверху × фильтр, повёрнутый на 180°): {terms} = {value}</translation>
    </message>
    <message>
        <source>The gradient flows back through the same weights: a full convolution of the upstream gradient (padded by kernel - 1 - padding) with each filter rotated by 180°.</source>
        <translation>Градиент идёт назад через те же веса: это полная свёртка градиента сверху (дополненного нулями на ядро − 1 − паддинг) с каждым фильтром, повёрнутым на 180°.</translation>
    </message>
    <message>
        <source>The gradient flows back through the same weights: with stride {stride} the upstream gradient is first spread out, {gaps} zeros between its cells, then fully convolved with each filter rotated by 180°.</source>
        <translation>Градиент идёт назад через те же веса: при шаге {stride} градиент сверху сначала раздвигается ({gaps} нулей между клетками), затем полностью сворачивается с каждым фильтром, повёрнутым на 180°.</translation>
    </message>
    <message>
        <source>∂L/∂x = sum over every filter position covering this cell of (upstream gradient × ∂{similarity}/∂x there): {terms} = {value}</source>
        <translation>∂L/∂x = сумма по всем положениям фильтра, накрывающим эту клетку, (градиент сверху × ∂{similarity}/∂x в этом положении): {terms} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂x[{feature}] = sum over {outputs} outputs of ∂L/∂z[k] × W[k, {feature}] = {terms} = {value}</source>
        <translation>∂L/∂x[{feature}] = сумма по {outputs} выходам ∂L/∂z[k] × W[k, {feature}] = {terms} = {value}</translation>
    </message>
    <message>
        <source>Flatten only reorders: this is feature {feature} of the gradient below, {value}</source>
        <translation>Flatten только переставляет значения: это признак {feature} градиента ниже, {value}</translation>
    </message>
    <message>
        <source>∂L/∂w = sum over the {positions} positions of the filter of (upstream gradient × input value under this weight) = {value}</source>
        <translation>∂L/∂w = сумма по {positions} положениям фильтра (градиент сверху × значение входа под этим весом) = {value}</translation>
    </message>
    <message>
        <source>∂L/∂w = sum over the {positions} positions of the filter of (upstream gradient × ∂{similarity}/∂w there) = {value}</source>
        <translation>∂L/∂w = сумма по {positions} положениям фильтра (градиент сверху × ∂{similarity}/∂w в этом положении) = {value}</translation>
    </message>
    <message>
        <source>Does the filter slide over the input again when it learns? Yes: to find how to change this weight, the same window slides over the same input, and each input value under the weight is multiplied by the gradient arriving at that output cell instead of by the weight.</source>
        <translation>Скользит ли фильтр по входу снова, когда сеть учится? Да: чтобы узнать, как изменить этот вес, то же окно скользит по тому же входу, и каждое значение входа под весом умножается не на вес, а на градиент, пришедший в эту клетку выхода.</translation>
    </message>
    <message>
        <source>∂L/∂W[{k}, {j}] = ∂L/∂z[{k}] × x[{j}] = {upstream} × {x} = {value}</source>
        <translation>∂L/∂W[{k}, {j}] = ∂L/∂z[{k}] × x[{j}] = {upstream} × {x} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂b[{k}] = ∂L/∂z[{k}] = {value}</source>
        <translation>∂L/∂b[{k}] = ∂L/∂z[{k}] = {value}</translation>
    </message>
    <message>
        <source>{count} stamps overlap on this cell: {terms} = {total}; + bias {bias} = {value}</source>
        <translation>на этой ячейке перекрываются отпечатки (их {count}): {terms} = {total}; + смещение {bias} = {value}</translation>
    </message>
    <message>
        <source>no input cell&apos;s stamp reaches this cell: only the bias {bias} = {value}</source>
        <translation>ни один отпечаток входных ячеек не попадает на эту ячейку: только смещение {bias} = {value}</translation>
    </message>
    <message>
        <source>input cell ({channel}, {row}, {col}) = {value} stamps weight [{u}, {v}] = {weight}: {product}</source>
        <translation>входная ячейка ({channel}, {row}, {col}) = {value} отпечатывает вес [{u}, {v}] = {weight}: {product}</translation>
    </message>
    <message>
        <source>each input cell stamps the filter, scaled by its value, onto the output {stride} cells after the previous one (top-left corner at (i·{stride} − {padding}, j·{stride} − {padding})); where stamps overlap they add</source>
        <translation>каждая входная ячейка отпечатывает на выходе фильтр, умноженный на её значение, со сдвигом на шаг {stride} относительно предыдущей (левый верхний угол в (i·{stride} − {padding}, j·{stride} − {padding})); где отпечатки перекрываются, они складываются</translation>
    </message>
    <message>
        <source>the same arithmetic is the input gradient of an ordinary convolution: a conv2d with these weights, stride {stride} and padding {padding} maps this {output} map back to {input}, and its backward pass spreads each output cell&apos;s gradient over its patch exactly as these stamps spread the input</source>
        <translation>та же арифметика — это градиент по входу обычной свёртки: conv2d с этими весами, шагом {stride} и паддингом {padding} отображает эту карту {output} обратно в {input}, а при обратном распространении ошибки она распределяет градиент каждой выходной ячейки по её участку точно так же, как эти отпечатки распределяют вход</translation>
    </message>
    <message>
        <source>{mode} upsampling by {scale}: {terms} = {value}</source>
        <translation>повышающая дискретизация ({mode}, масштаб {scale}): {terms} = {value}</translation>
    </message>
    <message>
        <source>{weight} × input ({row}, {col}) = {value}</source>
        <translation>{weight} × вход ({row}, {col}) = {value}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) is not a {expected} layer</source>
        <translation>слой &apos;{layer}&apos; ({kind}) не является слоем {expected}</translation>
    </message>
    <message>
        <source>the learning rate η must be a number above 0, not {value}</source>
        <translation>скорость обучения η должна быть числом больше 0, а не {value}</translation>
    </message>
    <message>
        <source>w ← w - η · ∂L/∂w with η = {eta}, for all {count} parameters</source>
        <translation>w ← w - η · ∂L/∂w при η = {eta}, для всех {count} параметров</translation>
    </message>
    <message>
        <source>loss on this drawing: {before} → {after} ({change})</source>
        <translation>потери на этом рисунке: {before} → {after} ({change})</translation>
    </message>
    <message>
        <source>an input of {shape} = {cells} cells is over the limit of {limit}; choose fewer channels or a smaller size (at most {side}x{side} with {channels} channels)</source>
        <translation>вход {shape} = {cells} ячеек превышает предел {limit}; выберите меньше каналов или меньший размер (не больше {side}x{side} при {channels} каналах)</translation>
    </message>
    <message>
        <source>an input of {channels} channels cannot be drawn or photographed; choose 1 (grey) or 3 (colour: R, G, B)</source>
        <translation>вход из {channels} каналов нельзя нарисовать или снять камерой; выберите 1 (серый) или 3 (цвет: R, G, B)</translation>
    </message>
    <message>
        <source>{file}: not a scene file (a number has more than {limit} digits)</source>
        <translation>{file}: это не файл сцены (в числе больше {limit} цифр)</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a pen colour: three whole numbers from 0 to 255 (red, green, blue)</source>
        <translation>поле «{field}» должно быть цветом пера: три целых числа от 0 до 255 (красный, зелёный, синий)</translation>
    </message>
    <message>
        <source>{path}: the model&apos;s output is not a number for this image (its weights overflow float32 here); no prediction</source>
        <translation>{path}: для этого изображения выход модели не является числом (здесь веса приводят к переполнению float32); предсказания нет</translation>
    </message>
    <message>
        <source>{kind}: {detail} (this is a bug in cnnviz; please report it)</source>
        <translation>{kind}: {detail} (это ошибка в cnnviz; пожалуйста, сообщите о ней)</translation>
    </message>
    <message>
        <source>no camera found at index {index}: check that a camera is connected and not in use by another program</source>
        <translation>камера с индексом {index} не найдена: проверьте, что камера подключена и не занята другой программой</translation>
    </message>
    <message>
        <source>camera {index} stopped sending pictures (was it unplugged, or taken by another program?)</source>
        <translation>камера {index} перестала передавать изображения (её отключили или её заняла другая программа?)</translation>
    </message>
    <message>
        <source>camera {index} is closed; open it again to read pictures</source>
        <translation>камера {index} закрыта; откройте её снова, чтобы получать изображения</translation>
    </message>
    <message>
        <source>colour-shape classes must all be shapes ({shapes}) or all ink colours ({colours}), got {names}</source>
        <translation>классы «цвет-форма» должны быть либо все формами ({shapes}), либо все цветами чернил ({colours}), получено: {names}</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: такой папки нет</translation>
    </message>
    <message>
        <source>{folder} has no class folders: put each class&apos;s images in a subfolder named after the class (for example {example})</source>
        <translation>в {folder} нет папок классов: поместите изображения каждого класса в подпапку с именем этого класса (например, {example})</translation>
    </message>
    <message>
        <source>{folder}: the folder name cannot be a class name: {reason}</source>
        <translation>{folder}: имя папки не может быть именем класса: {reason}</translation>
    </message>
    <message>
        <source>{path}: {megabytes} MB is too large for a training image (the limit is {limit} MB)</source>
        <translation>{path}: {megabytes} МБ — слишком много для обучающего изображения (предел — {limit} МБ)</translation>
    </message>
    <message>
        <source>{path}: cannot be used for training: {reason}</source>
        <translation>{path}: нельзя использовать для обучения: {reason}</translation>
    </message>
    <message>
        <source>reading ONNX files needs the onnx package: pip install &quot;cnnviz[onnx]&quot; (or pip install onnx)</source>
        <translation>для чтения файлов ONNX нужен пакет onnx: pip install &quot;cnnviz[onnx]&quot; (или pip install onnx)</translation>
    </message>
    <message>
        <source>{file}: cannot read it as an ONNX model ({reason})</source>
        <translation>{file}: не удаётся прочитать как модель ONNX ({reason})</translation>
    </message>
    <message>
        <source>{file}: {size} MB is over the limit of {limit} MB for an ONNX model cnnviz can show</source>
        <translation>{file}: {size} МБ — больше предела {limit} МБ для модели ONNX, которую может показать cnnviz</translation>
    </message>
    <message>
        <source>{file}: {count} nodes, over the limit of {limit}; cnnviz shows small networks</source>
        <translation>{file}: узлов: {count}, больше предела {limit}; cnnviz показывает небольшие сети</translation>
    </message>
    <message>
        <source>{file}: tensor &apos;{tensor}&apos; has {count} values, over the limit of {limit}</source>
        <translation>{file}: в тензоре &apos;{tensor}&apos; значений: {count}, больше предела {limit}</translation>
    </message>
    <message>
        <source>{file}: the weights hold {count} values in all, over the limit of {limit}</source>
        <translation>{file}: всего значений в весах: {count}, больше предела {limit}</translation>
    </message>
    <message>
        <source>{file}: tensor &apos;{tensor}&apos; is stored in another file; cnnviz reads only the file given (save the model with its weights inside)</source>
        <translation>{file}: тензор &apos;{tensor}&apos; хранится в другом файле; cnnviz читает только указанный файл (сохраните модель с весами внутри)</translation>
    </message>
    <message>
        <source>{file}: cnnviz cannot show these nodes: {nodes} (it shows Conv, ConvTranspose, Relu, LeakyRelu, Sigmoid, Tanh, MaxPool, AveragePool, Flatten, Gemm, MatMul + Add, Softmax, Resize and Upsample in one chain)</source>
        <translation>{file}: cnnviz не может показать эти узлы: {nodes} (он показывает Conv, ConvTranspose, Relu, LeakyRelu, Sigmoid, Tanh, MaxPool, AveragePool, Flatten, Gemm, MatMul + Add, Softmax, Resize и Upsample, соединённые в одну цепочку)</translation>
    </message>
    <message>
        <source>{file}: the network must have one image input shaped (N, C, H, W), it has {inputs}</source>
        <translation>{file}: у сети должен быть ровно один вход-изображение формы (N, C, H, W), а есть: {inputs}</translation>
    </message>
    <message>
        <source>{file}: input &apos;{input}&apos; has shape {shape}; cnnviz needs (N, C, H, W) with C from 1 to {channels} and H, W from 1 to {side}</source>
        <translation>{file}: вход &apos;{input}&apos; имеет форму {shape}; cnnviz нужна форма (N, C, H, W) с C от 1 до {channels} и H, W от 1 до {side}</translation>
    </message>
    <message>
        <source>{file}: node {node} does not take the previous node&apos;s output; cnnviz shows only networks that are one chain of layers</source>
        <translation>{file}: узел {node} не принимает выход предыдущего узла; cnnviz показывает только сети, слои которых образуют одну цепочку</translation>
    </message>
    <message>
        <source>{file}: node {node}: {setting} is not supported ({reason})</source>
        <translation>{file}: узел {node}: {setting} не поддерживается ({reason})</translation>
    </message>
    <message>
        <source>{file}: node {node}: {reason}</source>
        <translation>{file}: узел {node}: {reason}</translation>
    </message>
    <message>
        <source>{file}: node {node} needs the constant tensor &apos;{tensor}&apos;, which the file does not hold</source>
        <translation>{file}: узлу {node} нужен константный тензор &apos;{tensor}&apos;, которого нет в файле</translation>
    </message>
    <message>
        <source>{file}: the chain of layers ends at &apos;{last}&apos;, but the network&apos;s output is &apos;{output}&apos;</source>
        <translation>{file}: цепочка слоёв заканчивается на &apos;{last}&apos;, а выход сети — &apos;{output}&apos;</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {count} class names given, the network gives {outputs} scores</source>
        <translation>{file}: задано имён классов: {count}, а сеть выдаёт оценок: {outputs}</translation>
    </message>
    <message>
        <source>the model has no convolution layer, so there is no ∂L/∂w of a first convolution to write as formulas</source>
        <translation>в модели нет свёрточного слоя, поэтому нет ∂L/∂w первой свёртки, который можно записать формулами</translation>
    </message>
    <message>
        <source>the gradients were computed for another input than sample {sample} of the exported forward pass; compute them for the drawing being exported</source>
        <translation>градиенты посчитаны для другого входа, а не для образца {sample} экспортируемого прямого прохода; посчитайте их для экспортируемого рисунка</translation>
    </message>
    <message>
        <source>the gradients were computed by another model (layers {got}), not this one ({expected})</source>
        <translation>градиенты посчитаны другой моделью (слои {got}), а не этой ({expected})</translation>
    </message>
    <message>
        <source>{path} already exists and was not written by cnnviz export; choose another folder or move that file away</source>
        <translation>{path} уже существует, и это не результат экспорта cnnviz; выберите другую папку или переместите этот файл в другое место</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; cnnviz export writes only to plain folders and files</source>
        <translation>{path} — символическая ссылка; экспорт cnnviz записывает только в обычные папки и файлы</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} — не папка</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; cannot be exported to PyTorch: {reason}</source>
        <translation>слой &apos;{layer}&apos; нельзя экспортировать в PyTorch: {reason}</translation>
    </message>
    <message>
        <source>it scores patches with the {similarity} similarity, which torch.nn.Conv2d does not compute (only the standard inner product, &apos;dot&apos;, exports)</source>
        <translation>он оценивает участки по сходству {similarity}, которое torch.nn.Conv2d не вычисляет (экспортируется только обычное скалярное произведение, &apos;dot&apos;)</translation>
    </message>
    <message>
        <source>PyTorch export does not know the layer type &apos;{kind}&apos;</source>
        <translation>экспорт в PyTorch не знает тип слоя &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>Why is a convolution an inner product?</source>
        <translation>Почему свёртка — это скалярное произведение?</translation>
    </message>
    <message>
        <source>Each cell is the patch under the filter times the filter, summed: the pinned cell&apos;s arithmetic is in the inspector</source>
        <translation>Каждая ячейка — сумма произведений фрагмента под фильтром на фильтр; расчёт закреплённой ячейки — в инспекторе</translation>
    </message>
    <message>
        <source>Why do negative values surround a positive line?</source>
        <translation>Почему положительную линию окружают отрицательные значения?</translation>
    </message>
    <message>
        <source>Beside the line the filter&apos;s −0.5 weights sit on ink and its 1s on paper, so the sum is negative</source>
        <translation>Рядом с линией веса фильтра −0,5 попадают на чернила, а единицы — на бумагу, поэтому сумма отрицательна</translation>
    </message>
    <message>
        <source>Why does a small ○ in one corner fool the hand-made detector?</source>
        <translation>Почему маленький ○ в углу обманывает детектор, собранный вручную?</translation>
    </message>
    <message>
        <source>Only one quadrant holds ink, so the ○&apos;s pattern of diagonals across the four quadrants is gone: about 50 % each</source>
        <translation>Чернила есть только в одной четверти, поэтому узор диагоналей ○ по четырём четвертям пропадает: примерно по 50 %</translation>
    </message>
    <message>
        <source>What are the 38 parameters?</source>
        <translation>Что такое 38 параметров?</translation>
    </message>
    <message>
        <source>conv1: 2 filters × 9 weights + 2 biases = 20; dense: 2 × 8 weights + 2 biases = 18</source>
        <translation>conv1: 2 фильтра × 9 весов + 2 смещения = 20; dense: 2 × 8 весов + 2 смещения = 18</translation>
    </message>
    <message>
        <source>Hand-set or learned filters?</source>
        <translation>Фильтры, заданные вручную, или обученные?</translation>
    </message>
    <message>
        <source>What does zero padding do at the borders?</source>
        <translation>Что делает дополнение нулями на краях?</translation>
    </message>
    <message>
        <source>One ring of zeros around the input: conv1&apos;s maps stay 28×28 and the corner cell&apos;s window reaches into the padding (dashed)</source>
        <translation>Одно кольцо нулей вокруг входа: карты признаков conv1 остаются 28×28, а окно угловой ячейки заходит в дополнение (пунктир)</translation>
    </message>
    <message>
        <source>Why odd kernel sizes, and why does 128 become 126?</source>
        <translation>Почему размер ядра нечётный и почему 128 превращается в 126?</translation>
    </message>
    <message>
        <source>A 3×3 filter has a centre cell and fits 128 − 3 + 1 = 126 times along each side</source>
        <translation>У фильтра 3×3 есть центральная ячейка, и вдоль каждой стороны он помещается 128 − 3 + 1 = 126 раз</translation>
    </message>
    <message>
        <source>How do colour channels combine?</source>
        <translation>Как объединяются цветовые каналы?</translation>
    </message>
    <message>
        <source>A filter has one 3×3 slice per colour channel: the three inner products are added, one row each in the inspector</source>
        <translation>У фильтра по срезу 3×3 на каждый цветовой канал: три скалярных произведения складываются, в инспекторе — по строке на канал</translation>
    </message>
    <message>
        <source>How does softmax make percentages?</source>
        <translation>Как softmax получает проценты?</translation>
    </message>
    <message>
        <source>Softmax raises e to each logit and divides by the sum, so the outputs are positive and add up to 100 %</source>
        <translation>softmax возводит e в степень каждого логита и делит на сумму, поэтому выходы положительны и в сумме дают 100 %</translation>
    </message>
    <message>
        <source>Why is it called convolution when it computes cross-correlation?</source>
        <translation>Почему это называют свёрткой, если вычисляется взаимная корреляция?</translation>
    </message>
    <message>
        <source>A true convolution turns the filter by 180° first: the asymmetric corner filter changes, the symmetric “/” filter does not</source>
        <translation>Настоящая свёртка сначала поворачивает фильтр на 180°: несимметричный угловой фильтр меняется, симметричный «/» — нет</translation>
    </message>
    <message>
        <source>What do max, min and average pooling each keep?</source>
        <translation>Что сохраняют максимальный, минимальный и средний пулинг?</translation>
    </message>
    <message>
        <source>The Compare dock pools the same feature maps three ways and shows what each predicts</source>
        <translation>Панель «Сравнение» объединяет одни и те же карты признаков тремя способами и показывает предсказание каждого</translation>
    </message>
    <message>
        <source>What is the dense layer?</source>
        <translation>Что такое полносвязный слой?</translation>
    </message>
    <message>
        <source>Each output is an inner product of all {inputs} pooled values with one row of weights, plus a bias</source>
        <translation>Каждый выход — скалярное произведение всех {inputs} значений после пулинга на строку весов плюс смещение</translation>
    </message>
    <message>
        <source>Convolution or fully connected: how many parameters?</source>
        <translation>Свёртка или полносвязный слой: сколько параметров?</translation>
    </message>
    <message>
        <source>conv1 makes {outputs} outputs with {conv} parameters; a fully connected layer making them would need {dense}</source>
        <translation>conv1 даёт {outputs} выходов с {conv} параметрами; полносвязному слою для них понадобилось бы {dense}</translation>
    </message>
    <message>
        <source>What if similarity were a distance instead of an inner product?</source>
        <translation>Что если сходство мерить расстоянием, а не скалярным произведением?</translation>
    </message>
    <message>
        <source>Radial-basis conv1: each cell is exp(−γ · distance²) between patch and filter, 1 when they match</source>
        <translation>Радиально-базисный conv1: каждая ячейка — exp(−γ · расстояние²) между фрагментом и фильтром, 1 при совпадении</translation>
    </message>
    <message>
        <source>Why standardise the input?</source>
        <translation>Зачем стандартизировать вход?</translation>
    </message>
    <message>
        <source>Each colour channel has its mean subtracted and is divided by its standard deviation, so the channels arrive on one scale</source>
        <translation>Из каждого цветового канала вычитается среднее и он делится на стандартное отклонение, так что каналы приходят в одном масштабе</translation>
    </message>
    <message>
        <source>How does backpropagation train random filters?</source>
        <translation>Как обратное распространение ошибки обучает случайные фильтры?</translation>
    </message>
    <message>
        <source>Random filters, one slow step at a time: each step moves every weight against its gradient; the Training dock shows the filters before → after</source>
        <translation>Случайные фильтры, по одному медленному шагу: каждый шаг сдвигает все веса против их градиента; панель «Обучение» показывает фильтры до → после</translation>
    </message>
    <message>
        <source>What is a transposed convolution?</source>
        <translation>Что такое транспонированная свёртка?</translation>
    </message>
    <message>
        <source>Each input cell paints the filter, scaled by its value, onto a larger output: 26×26 becomes 28×28</source>
        <translation>Каждая входная ячейка рисует фильтр, умноженный на своё значение, на большем выходе: 26×26 становится 28×28</translation>
    </message>
    <message>
        <source>Why does stride 2 halve the size?</source>
        <translation>Почему шаг 2 уменьшает размер вдвое?</translation>
    </message>
    <message>
        <source>The filter jumps 2 cells at a time: floor((28 + 2·1 − 3) / 2) + 1 = 14, so conv1&apos;s maps are 14×14, half of 28×28</source>
        <translation>Фильтр перепрыгивает по 2 клетки: floor((28 + 2·1 − 3) / 2) + 1 = 14, поэтому карты признаков conv1 — 14×14, вдвое меньше 28×28</translation>
    </message>
    <message>
        <source>How can a network make a map larger without a transposed convolution?</source>
        <translation>Как сети увеличить карту признаков без транспонированной свёртки?</translation>
    </message>
    <message>
        <source>Upsample, then convolve: up1 repeats each cell 2×2 (26×26 → 52×52) and conv2 smooths the blocks, keeping 52×52</source>
        <translation>Сначала повысить разрешение, потом свернуть: up1 повторяет каждую клетку 2×2 (26×26 → 52×52), а conv2 сглаживает блоки, сохраняя 52×52</translation>
    </message>
    <message>
        <source>128 → 126: a 3×3 filter shrinks the map</source>
        <translation>128 → 126: фильтр 3×3 уменьшает карту</translation>
    </message>
    <message>
        <source>Padding keeps the size</source>
        <translation>Паддинг сохраняет размер</translation>
    </message>
    <message>
        <source>Stride 2 halves it</source>
        <translation>Шаг 2 уменьшает вдвое</translation>
    </message>
    <message>
        <source>Upsample, then convolve</source>
        <translation>Повысить разрешение, затем свернуть</translation>
    </message>
    <message>
        <source>A {k}×{k} filter fits {n} − {k} + 1 = {out} times along each side, so the {n}×{n} input becomes a {out}×{out} map in {layer}</source>
        <translation>Фильтр {k}×{k} помещается {n} − {k} + 1 = {out} раз вдоль каждой стороны, поэтому вход {n}×{n} превращается в {layer} в карту признаков {out}×{out}</translation>
    </message>
    <message>
        <source>One ring of zero padding: {n} + 2·{p} − {k} + 1 = {out}, so {layer} keeps the {n}×{n} size</source>
        <translation>Одно кольцо нулевого паддинга: {n} + 2·{p} − {k} + 1 = {out}, поэтому {layer} сохраняет размер {n}×{n}</translation>
    </message>
    <message>
        <source>Stride {s}: the filter jumps {s} cells at a time, floor(({n} + 2·{p} − {k}) / {s}) + 1 = {out}, so {layer} halves {n}×{n} to {out}×{out}</source>
        <translation>Шаг {s}: фильтр перепрыгивает по {s} клетки, floor(({n} + 2·{p} − {k}) / {s}) + 1 = {out}, поэтому {layer} уменьшает {n}×{n} вдвое, до {out}×{out}</translation>
    </message>
    <message>
        <source>{up} repeats every cell {s}×{s} ({n}×{n} → {big}×{big}); then {conv}, a 3×3 filter with padding 1, smooths the blocks and keeps {big}×{big}</source>
        <translation>{up} повторяет каждую клетку {s}×{s} ({n}×{n} → {big}×{big}); затем {conv}, фильтр 3×3 с паддингом 1, сглаживает блоки и сохраняет {big}×{big}</translation>
    </message>
    <message>
        <source>no layer named &apos;{layer}&apos; in this model</source>
        <translation>в этой модели нет слоя &apos;{layer}&apos;</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer; only a convolution has a backward window to step through</source>
        <translation>слой &apos;{layer}&apos; — слой типа {kind}; пошагово пройти окно обратного распространения ошибки можно только у свёрточного слоя</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; has filters 0-{last}, not {value}</source>
        <translation>у слоя &apos;{layer}&apos; фильтры 0-{last}, а не {value}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; has input channels 0-{last}, not {value}</source>
        <translation>у слоя &apos;{layer}&apos; входные каналы 0-{last}, а не {value}</translation>
    </message>
    <message>
        <source>the canvas is blank: draw something to probe</source>
        <translation>холст пуст: нарисуйте что-нибудь, чтобы проверить</translation>
    </message>
    <message>
        <source>cannot read &apos;{file}&apos;: {reason}</source>
        <translation>не удаётся прочитать «{file}»: {reason}</translation>
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
        <source>mean has {means} values and std {stds}; give one of each per input channel</source>
        <translation>для среднего задано значений: {means}, для стандартного отклонения: {stds}; нужно по одному значению каждого на входной канал</translation>
    </message>
    <message>
        <source>every std must be a finite number &gt; 0 (the spread of that channel in the training data), got {std}</source>
        <translation>каждое стандартное отклонение должно быть конечным числом &gt; 0 (разброс этого канала в обучающих данных), получено {std}</translation>
    </message>
    <message>
        <source>every mean must be a finite number, got {mean}</source>
        <translation>каждое среднее должно быть конечным числом, получено {mean}</translation>
    </message>
    <message>
        <source>the input has {channels} channels, its mean and std are for {expected}</source>
        <translation>число входных каналов — {channels}, а среднее и стандартное отклонение рассчитаны на число каналов {expected}</translation>
    </message>
    <message>
        <source>could not encode {file} as PNG</source>
        <translation>не удалось закодировать {file} в PNG</translation>
    </message>
    <message>
        <source>could not write the collection to {folder}: {reason}</source>
        <translation>не удалось записать коллекцию в {folder}: {reason}</translation>
    </message>
    <message>
        <source>not an object of file names</source>
        <translation>это не объект с именами файлов</translation>
    </message>
    <message>
        <source>ignored ({reason}); the images are used without strokes</source>
        <translation>пропущен ({reason}); изображения используются без штрихов</translation>
    </message>
    <message>
        <source>its strokes are unreadable ({reason}); the image is used alone</source>
        <translation>штрихи не читаются ({reason}); используется только изображение</translation>
    </message>
    <message>
        <source>{folder} has no {labels}: export a collection first, or choose its folder</source>
        <translation>в {folder} нет {labels}: сначала экспортируйте коллекцию или выберите её папку</translation>
    </message>
    <message>
        <source>could not read {file}: {reason}</source>
        <translation>не удалось прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} needs the columns &apos;file&apos; and &apos;label&apos;, found {columns}</source>
        <translation>в {file} нужны столбцы «file» и «label», а найдены: {columns}</translation>
    </message>
    <message>
        <source>{labels} line {line}: file {file} is missing</source>
        <translation>{labels}, строка {line}: нет файла {file}</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>изображение не читается</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels, expected {size} x {size}</source>
        <translation>размер {width} × {height} пкс, а нужен {size} × {size}</translation>
    </message>
    <message>
        <source>there is nothing to train on: add drawings with &quot;Add as ○/×&quot; or ask for synthetic sketches</source>
        <translation>не на чем обучать: добавьте рисунки кнопками «Добавить как ○/×» или задайте синтетические наброски</translation>
    </message>
    <message>
        <source>{arch}: random (He) initial weights</source>
        <translation>{arch}: случайные начальные веса (He)</translation>
    </message>
    <message>
        <source>{layer}: {count} of {total} filters start from {source}&apos;s</source>
        <translation>{layer}: {count} из {total} фильтров начинают с фильтров {source}</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>модели</translation>
    </message>
    <message>
        <source>that model</source>
        <translation>этой модели</translation>
    </message>
    <message>
        <source>no conv layer of {source} fits {arch}; all filters are random</source>
        <translation>ни один свёрточный слой {source} не подходит к {arch}; все фильтры случайные</translation>
    </message>
    <message>
        <source>convolutions use {similarity} similarity</source>
        <translation>свёртки используют сходство {similarity}</translation>
    </message>
    <message>
        <source>trained in the app; {notes}</source>
        <translation>обучена в приложении; {notes}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>no training samples: collect at least a few drawings or add synthetic sketches</source>
        <translation>нет обучающих примеров: соберите хотя бы несколько рисунков или добавьте синтетические наброски</translation>
    </message>
    <message>
        <source>{kind}: {reason}</source>
        <translation>{kind}: {reason}</translation>
    </message>
    <message>
        <source>the worker process ended unexpectedly (exit code {code})</source>
        <translation>рабочий процесс неожиданно завершился (код выхода {code})</translation>
    </message>
    <message>
        <source>the worker process ended unexpectedly</source>
        <translation>рабочий процесс неожиданно завершился</translation>
    </message>
    <message>
        <source>{file}: the scene must be a JSON object</source>
        <translation>{file}: сцена должна быть JSON-объектом</translation>
    </message>
    <message>
        <source>{file}: {part} must be a JSON object</source>
        <translation>{file}: элемент {part} должен быть JSON-объектом</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; is missing</source>
        <translation>нет поля «{field}»</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a whole number, got {value}</source>
        <translation>поле «{field}» должно быть целым числом, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a number, got {value}</source>
        <translation>поле «{field}» должно быть числом, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be &quot;{expected}&quot;, got &quot;{value}&quot; (is this a scene file?)</source>
        <translation>поле «{field}» должно быть «{expected}», а получено «{value}» (это точно файл сцены?)</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a language code such as &quot;en&quot;, &quot;ja&quot; or &quot;ru&quot;, got &quot;{value}&quot;</source>
        <translation>поле «{field}» должно быть кодом языка, например &quot;en&quot;, &quot;ja&quot; или &quot;ru&quot;, а получено «{value}»</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be between {low} and {high} canvas pixels, got {value}</source>
        <translation>поле «{field}» должно быть от {low} до {high} пкс холста, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be between {low} and {high} pixels, got {value}</source>
        <translation>поле «{field}» должно быть от {low} до {high} пкс, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be between {low} and {high}, got {value}</source>
        <translation>поле «{field}» должно быть от {low} до {high}, а получено: {value}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a list of [x, y, pressure] number triples</source>
        <translation>поле «{field}» должно быть списком троек чисел [x, y, нажим]</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; holds a number that is not finite</source>
        <translation>в поле «{field}» есть число, которое не является конечным</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; is empty (a stroke has at least one point)</source>
        <translation>поле «{field}» пусто (у штриха есть хотя бы одна точка)</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a list of stage names</source>
        <translation>поле «{field}» должно быть списком названий этапов</translation>
    </message>
    <message>
        <source>scene format version {version} is not supported (this cnnviz reads version {supported})</source>
        <translation>версия формата сцены {version} не поддерживается (этот cnnviz читает версию {supported})</translation>
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
        <source>cannot be read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>это некорректный JSON (строка {line}, столбец {column}: {error})</translation>
    </message>
    <message>
        <source>the scene was drawn on a {scene}-pixel canvas; this canvas has {canvas} pixels</source>
        <translation>сцена нарисована на холсте в {scene} пкс, а этот холст — {canvas} пкс</translation>
    </message>
    <message>
        <source>&apos;{file}&apos;: an animation is saved as .gif or .mp4, not &apos;{suffix}&apos;</source>
        <translation>«{file}»: анимация сохраняется как .gif или .mp4, а не «{suffix}»</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>без расширения</translation>
    </message>
    <message>
        <source>sum of contributions {contributions}  +  bias term {bias}  =  {total}</source>
        <translation>сумма вкладов {contributions}  +  член смещения {bias}  =  {total}</translation>
    </message>
    <message>
        <source>logit  =  {logit}</source>
        <translation>логит  =  {logit}</translation>
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
    <name>ModelEdits</name>
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
</context>
<context>
    <name>ModelMenu</name>
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
</context>
<context>
    <name>NetworkChoice</name>
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
</context>
<context>
    <name>PenPalette</name>
    <message>
        <source>Black</source>
        <translation>Чёрный</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Pen colour: %1</source>
        <translation>Цвет пера: %1</translation>
    </message>
    <message>
        <source>Pen colour</source>
        <translation>Цвет пера</translation>
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
    <name>Questions</name>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Вопросы</translation>
    </message>
    <message>
        <source>All questions…</source>
        <translation>Все вопросы…</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions learners asked</source>
        <translation>Вопросы слушателей</translation>
    </message>
    <message>
        <source>Choose a question: the model, a drawing, the cell to look at and a one-line answer are set up for you.</source>
        <translation>Выберите вопрос: модель, рисунок, ячейка, на которую стоит смотреть, и ответ в одну строку будут подготовлены.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
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
    <name>ScheduleChoice</name>
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
        <source>full speed</source>
        <translation>полная скорость</translation>
    </message>
    <message>
        <source>slow: watch every step</source>
        <translation>медленно: видно каждый шаг</translation>
    </message>
    <message>
        <source>Slow: a pause after every step, and the filters and the pipeline shown after each one, to watch backpropagation change them</source>
        <translation>Медленно: пауза после каждого шага, фильтры и конвейер показываются после каждого из них, чтобы было видно, как обратное распространение ошибки их меняет</translation>
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
    <name>SizeScenes</name>
    <message>
        <source>Scenes: &amp;sizes</source>
        <translation>Сцены: &amp;размеры</translation>
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
    <name>StandardiseSwitch</name>
    <message>
        <source>Standardise like the training data</source>
        <translation>Стандартизировать как обучающие данные</translation>
    </message>
    <message>
        <source>On: the input goes through (x − mean) / std with the mean and std of the training data, as the network learned. Off: the network sees the picture as it is, like a photo nobody standardised.</source>
        <translation>Включено: вход проходит через (x − mean) / std со средним и стандартным отклонением обучающих данных, как при обучении сети. Выключено: сеть видит картинку как есть — как фотографию, которую никто не стандартизировал.</translation>
    </message>
    <message>
        <source>The input is standardised like the training data.</source>
        <translation>Вход стандартизирован так же, как обучающие данные.</translation>
    </message>
    <message>
        <source>Standardisation is off: the network sees the picture as it is, not as it learned.</source>
        <translation>Стандартизация выключена: сеть видит картинку как есть, а не так, как её учили.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The saved settings or collection could not be used (see the log); this window starts with defaults and leaves them as they are</source>
        <translation>Не удалось использовать сохранённые настройки или коллекцию (см. журнал); это окно запущено с настройками по умолчанию, а сохранённые остаются как были</translation>
    </message>
    <message>
        <source>the saved setting &apos;{0}&apos; (not understood)</source>
        <translation>сохранённая настройка &apos;{0}&apos; (значение не распознано)</translation>
    </message>
    <message>
        <source>the model &apos;{0}&apos;: {1}</source>
        <translation>модель &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>{0} damaged entries of the collection in {1} (left on disk, not loaded): {2}</source>
        <translation>повреждённых записей коллекции в {1}: {0} (оставлены на диске, не загружены): {2}</translation>
    </message>
    <message>
        <source>Not restored at start: {0}</source>
        <translation>При запуске не восстановлено: {0}</translation>
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
        <source>forward pass</source>
        <translation>прямой проход</translation>
    </message>
    <message>
        <source>backward pass</source>
        <translation>обратное распространение ошибки</translation>
    </message>
    <message>
        <source>Step through the forward pass, or through the gradients of the backward pass</source>
        <translation>Пройти шаг за шагом прямой проход или градиенты обратного распространения ошибки</translation>
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
    <message>
        <source>onto rows %1 to %2, cols %3 to %4</source>
        <translation>на строки %1–%2, столбцы %3–%4</translation>
    </message>
    <message>
        <source>entirely into the cropped border (padding)</source>
        <translation>целиком в обрезанную рамку (паддинг)</translation>
    </message>
    <message>
        <source>input cell (%1, %2) = %3 stamps the filter, scaled by its value, %4  ·  step %5 of %6  ·  stride %7</source>
        <translation>входная ячейка (%1, %2) = %3 отпечатывает фильтр, умноженный на её значение, %4  ·  шаг %5 из %6  ·  stride %7</translation>
    </message>
    <message>
        <source>  (every input channel stamps its own filter slice; they add)</source>
        <translation>  (каждый входной канал отпечатывает свой срез фильтра; они складываются)</translation>
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
<context>
    <name>WeightPanel</name>
    <message>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <source>{0}  (bias {1})</source>
        <translation>{0}  (смещение {1})</translation>
    </message>
    <message>
        <source>map {0}</source>
        <translation>карта {0}</translation>
    </message>
    <message>
        <source>{0}: each class&apos;s weights on the pooled maps, laid out as the maps (quadrants). {1} × {2} weights + {1} biases</source>
        <translation>{0}: веса каждого класса для карт признаков после пулинга, расположенные как сами карты (квадранты). {1} × {2} весов + {1} смещения</translation>
    </message>
    <message>
        <source>hand-set ({0})</source>
        <translation>заданы вручную ({0})</translation>
    </message>
    <message>
        <source>filter {0}</source>
        <translation>фильтр {0}</translation>
    </message>
    <message>
        <source>learned ({0})</source>
        <translation>выучены ({0})</translation>
    </message>
    <message>
        <source>First convolution&apos;s filters: set by hand beside learned from examples</source>
        <translation>Фильтры первого свёрточного слоя: заданные вручную рядом с выученными на примерах</translation>
    </message>
</context>
</TS>
