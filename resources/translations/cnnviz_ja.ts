<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttributionPanel</name>
    <message>
        <source>Explain the logit of</source>
        <translation>説明するロジット:</translation>
    </message>
    <message>
        <source>saliency: ∂ logit / ∂ input</source>
        <translation>サリエンシー: ∂ ロジット / ∂ 入力</translation>
    </message>
    <message>
        <source>contributions: input × gradient</source>
        <translation>寄与: 入力 × 勾配</translation>
    </message>
    <message>
        <source>the predicted class</source>
        <translation>予測されたクラス</translation>
    </message>
    <message>
        <source>No exact attribution for this model.</source>
        <translation>このモデルでは厳密な寄与の分解ができません。</translation>
    </message>
    <message>
        <source>logit({0}) = {1:+.5f}</source>
        <translation>ロジット({0}) = {1:+.5f}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1} の {0}</translation>
    </message>
    <message>
        <source>Along the active path (ReLUs on/off and pooling winners as they are now) the network is affine: every pixel adds input × gradient; the bias term is what a blank input would give through the same path. Residual {0:.1e}.</source>
        <translation>現在の活性経路（ReLU のオン/オフとプーリングで選ばれたセルを固定）に沿うと、ネットワークはアフィン写像です。各画素は 入力 × 勾配 を加え、バイアス項は同じ経路を白紙の入力が通ったときの値です。残差 {0:.1e}。</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>circle</source>
        <translation>丸</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>バツ</translation>
    </message>
</context>
<context>
    <name>CollapsedNote</name>
    <message>
        <source>No room at a readable size:</source>
        <translation>読める大きさで表示する場所がない段:</translation>
    </message>
    <message>
        <source>Click a name to enlarge it.</source>
        <translation>名前をクリックすると拡大表示します。</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <source>the canvas is empty: draw a ○ or a × first</source>
        <translation>キャンバスが空です。先に ○ か × を描いてください</translation>
    </message>
    <message>
        <source>Add as ○  (Ctrl+1)</source>
        <translation>○として追加 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Add as ×  (Ctrl+2)</source>
        <translation>×として追加 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Double-click a drawing to put it back on the canvas; Delete removes the selection</source>
        <translation>絵をダブルクリックするとキャンバスに戻ります。Delete キーで選択した絵を削除します</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>選択を削除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <source>Added as {0}: {1} ○ and {2} × collected</source>
        <translation>{0}として追加しました: ○ {1} 枚、× {2} 枚</translation>
    </message>
    <message>
        <source>This drawing was imported as an image only; it cannot be replayed as strokes</source>
        <translation>この絵は画像としてのみ読み込まれたため、ストロークとして再生できません</translation>
    </message>
    <message>
        <source>Export the collection into a folder</source>
        <translation>コレクションをフォルダに書き出す</translation>
    </message>
    <message>
        <source>Could not export the collection to {0}: {1}</source>
        <translation>コレクションを {0} に書き出せませんでした: {1}</translation>
    </message>
    <message>
        <source>Exported {0} drawings to {1}</source>
        <translation>{0} 枚の絵を {1} に書き出しました</translation>
    </message>
    <message>
        <source>Import a collection folder (with labels.csv)</source>
        <translation>コレクションのフォルダ（labels.csv を含む）を読み込む</translation>
    </message>
    <message>
        <source>Imported {0} drawings</source>
        <translation>{0} 枚の絵を読み込みました</translation>
    </message>
    <message>
        <source>; {0} skipped:
</source>
        <translation>。{0} 件をスキップ:
</translation>
    </message>
    <message>
        <source>{0} drawings: {1} ○, {2} ×</source>
        <translation>{0} 枚: ○ {1}、× {2}</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Draw something first: the current drawing becomes A</source>
        <translation>まず何か描いてください。今の絵が A になります</translation>
    </message>
    <message>
        <source>Freeze a drawing as A first (Experiments → Freeze as A)</source>
        <translation>先に絵を A として固定してください（実験 → A として固定）</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>all pooling layers</source>
        <translation>すべてのプーリング層</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Freeze as A  (Ctrl+Shift+A)</source>
        <translation>A として固定 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Put A back on the canvas</source>
        <translation>A をキャンバスに戻す</translation>
    </message>
    <message>
        <source>show A</source>
        <translation>A を表示</translation>
    </message>
    <message>
        <source>show B (now)</source>
        <translation>B（現在）を表示</translation>
    </message>
    <message>
        <source>show B − A</source>
        <translation>B − A を表示</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>logit A</source>
        <translation>ロジット A</translation>
    </message>
    <message>
        <source>logit B</source>
        <translation>ロジット B</translation>
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
        <translation>プーリング: 同じ特徴マップの最大・最小・平均</translation>
    </message>
    <message>
        <source>swap the mode of</source>
        <translation>モードを切り替える層:</translation>
    </message>
    <message>
        <source>This model has no pooling layer.</source>
        <translation>このモデルにはプーリング層がありません。</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>最大プーリング</translation>
    </message>
    <message>
        <source>min pooling</source>
        <translation>最小プーリング</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>平均プーリング</translation>
    </message>
    <message>
        <source>feature maps</source>
        <translation>特徴マップ</translation>
    </message>
    <message>
        <source>{0} pooling</source>
        <translation>{0}プーリング</translation>
    </message>
    <message>
        <source>input of {0}
{1}</source>
        <translation>{0} の入力
{1}</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a ○ or a × here</source>
        <translation>ここに ○ か × を描いてください</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>Numbers are shown rounded to {0} decimals. Sums are computed from the unrounded values (in float64), so the shown terms may add up to the shown sum only to within the last digit.</source>
        <translation>数値は小数点以下 {0} 桁に丸めて表示しています。和は丸める前の値（float64）で計算しているため、表示された項の和と表示された合計は最後の桁で食い違うことがあります。</translation>
    </message>
    <message>
        <source>the engine ({0}) gives {1}, exactly this value (picking a value involves no rounding); shown as {2}</source>
        <translation>エンジン（{0}）の値は {1} で、まったく同じ値です（値を選ぶだけなので丸めは生じません）。表示は {2}</translation>
    </message>
    <message>
        <source>the engine ({0}) gives {1}, a DIFFERENT value (picking a value involves no rounding); shown as {2}</source>
        <translation>エンジン（{0}）の値は {1} で、異なる値です（値を選ぶだけなので丸めは生じないはずです）。表示は {2}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {0}; the engine ({1}) gives {2}; difference {3} within {4} rounding (±{5}); shown as {6}</source>
        <translation>厳密な計算（float64）: {0}、エンジン（{1}）: {2}、差 {3} は {4} の丸め誤差（±{5}）の範囲内。表示は {6}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {0}; the engine ({1}) gives {2}; difference {3} OUTSIDE {4} rounding (±{5}); shown as {6}</source>
        <translation>厳密な計算（float64）: {0}、エンジン（{1}）: {2}、差 {3} は {4} の丸め誤差（±{5}）の範囲外。表示は {6}</translation>
    </message>
    <message>
        <source>cross-correlation: the filter is laid on the patch as stored (what every framework calls convolution)</source>
        <translation>相互相関: フィルタは保存されたままの向きでパッチに重ねます（どのフレームワークも「畳み込み」と呼ぶもの）</translation>
    </message>
    <message>
        <source>true convolution: the stored kernel is rotated by 180° before multiplying; the weights shown are rotated</source>
        <translation>真の畳み込み: 保存されたカーネルを 180° 回転してから掛けます。表示している重みは回転後のものです</translation>
    </message>
    <message>
        <source>average of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5} / {0} = {6}</source>
        <translation>{0} セル（行 {1}–{2}、列 {3}–{4}）の平均 = {5} / {0} = {6}</translation>
    </message>
    <message>
        <source>max of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5}, at row {6}, col {7}</source>
        <translation>{0} セル（行 {1}–{2}、列 {3}–{4}）の最大値 = {5}（行 {6}、列 {7}）</translation>
    </message>
    <message>
        <source>min of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5}, at row {6}, col {7}</source>
        <translation>{0} セル（行 {1}–{2}、列 {3}–{4}）の最小値 = {5}（行 {6}、列 {7}）</translation>
    </message>
    <message>
        <source>Every logit is first shifted by the largest one ({0}): exp(z - m) / sum exp(z - m) equals exp(z) / sum exp(z), and no exp overflows.</source>
        <translation>各ロジットからまず最大値（{0}）を引きます。exp(z - m) / Σ exp(z - m) は exp(z) / Σ exp(z) と等しく、exp がオーバーフローしません。</translation>
    </message>
    <message>
        <source>{0} filters x ({1} x {2} x {3}) weights + {4} biases = {5} + {6} = {7}</source>
        <translation>フィルタ {0} 個 × （{1} × {2} × {3}）の重み + バイアス {4} 個 = {5} + {6} = {7}</translation>
    </message>
    <message>
        <source>{0} x {1} weights + {2} biases = {3} + {4} = {5}</source>
        <translation>{0} × {1} の重み + バイアス {2} 個 = {3} + {4} = {5}</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>パラメータなし</translation>
    </message>
    <message>
        <source>a dense layer from the same {0} inputs to the same {1} outputs would need {2} x {3} + {4} = {5} parameters, {6} times as many: a convolution shares one small filter across every position</source>
        <translation>同じ {0} 個の入力から同じ {1} 個の出力への全結合層なら {2} × {3} + {4} = {5} 個のパラメータが必要で、{6} 倍になります。畳み込みは小さなフィルタ 1 つをすべての位置で共有するからです</translation>
    </message>
    <message>
        <source>out = floor((n + 2p - k) / s) + 1 = floor(({0} + {1} - {2}) / {3}) + 1 = {4}: nothing (a {5}-wide window does not fit {6} cells)</source>
        <translation>out = floor((n + 2p - k) / s) + 1 = floor(({0} + {1} - {2}) / {3}) + 1 = {4}: 出力なし（幅 {5} の窓は {6} セルに収まりません）</translation>
    </message>
    <message>
        <source>adaptive pooling: out = {0} whatever n (n = {1}; bins {2})</source>
        <translation>適応的プーリング: n によらず out = {0}（n = {1}、区間 {2}）</translation>
    </message>
    <message>
        <source>{0}: filter {1} weights set</source>
        <translation>{0}: フィルタ {1} の重みを設定しました</translation>
    </message>
    <message>
        <source>{0}: filter {1} weights set, bias {2}</source>
        <translation>{0}: フィルタ {1} の重みを設定しました。バイアスは {2}</translation>
    </message>
    <message>
        <source>{0}: filter {1} set to the {2} preset on every input channel</source>
        <translation>{0}: フィルタ {1} をすべての入力チャネルでプリセット「{2}」にしました</translation>
    </message>
    <message>
        <source>{0}: filter {1} set to the {2} preset on input channel {3}</source>
        <translation>{0}: フィルタ {1} を入力チャネル {3} でプリセット「{2}」にしました</translation>
    </message>
    <message>
        <source>{0}: filter {1} set to the {2} preset</source>
        <translation>{0}: フィルタ {1} をプリセット「{2}」にしました</translation>
    </message>
    <message>
        <source>{0} computes a true convolution, so this kernel is multiplied rotated by 180° (Sobel flips sign)</source>
        <translation>{0} は真の畳み込みを計算するため、このカーネルは 180° 回転して掛けられます（Sobel は符号が反転します）</translation>
    </message>
    <message>
        <source>{0} computes a true convolution, so this kernel is multiplied rotated by 180°</source>
        <translation>{0} は真の畳み込みを計算するため、このカーネルは 180° 回転して掛けられます</translation>
    </message>
    <message>
        <source>{0}: its input changed from {1} to {2} features, so its weights were re-initialised (undo to restore)</source>
        <translation>{0}: 入力が {1} 特徴から {2} 特徴に変わったため、重みを初期化し直しました（元に戻すと復元されます）</translation>
    </message>
    <message>
        <source>{0}: its input changed from {1} to {2} channels, so its filters were re-initialised (undo to restore)</source>
        <translation>{0}: 入力が {1} チャネルから {2} チャネルに変わったため、フィルタを初期化し直しました（元に戻すと復元されます）</translation>
    </message>
    <message>
        <source>{0}: kernels resized from {1} to {2} ({3})</source>
        <translation>{0}: カーネルを {1} から {2} に変更しました（{3}）</translation>
    </message>
    <message>
        <source>{0}: padding {1} -&gt; {2} (a border of {3} zero cells around the input)</source>
        <translation>{0}: パディング {1} → {2}（入力の周りにゼロのセル {3} 個分の縁）</translation>
    </message>
    <message>
        <source>{0}: padding {1} -&gt; {2} (a border of {3} zero cell around the input)</source>
        <translation>{0}: パディング {1} → {2}（入力の周りにゼロのセル {3} 個分の縁）</translation>
    </message>
    <message>
        <source>{0}: padding {1} -&gt; {2}</source>
        <translation>{0}: パディング {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: stride {1} -&gt; {2}</source>
        <translation>{0}: ストライド {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: now computes a true convolution (each kernel rotated by 180°)</source>
        <translation>{0}: 真の畳み込み（各カーネルを 180° 回転）に変更しました</translation>
    </message>
    <message>
        <source>{0}: now computes a cross-correlation (kernels used as stored)</source>
        <translation>{0}: 相互相関（カーネルは保存されたまま）に変更しました</translation>
    </message>
    <message>
        <source>{0}: similarity {1} -&gt; dot (each cell is the inner product filter · patch, plus the bias)</source>
        <translation>{0}: 類似度 {1} → dot（各セルはフィルタとパッチの内積にバイアスを足したもの）</translation>
    </message>
    <message>
        <source>{0}: similarity {1} -&gt; cosine (each cell is the cosine of the angle between filter and patch, in [-1, 1], plus the bias: how alike, whatever the brightness)</source>
        <translation>{0}: 類似度 {1} → cosine（各セルはフィルタとパッチのなす角のコサイン（[-1, 1] の範囲）にバイアスを足したもの。明るさによらず、どれだけ似ているか）</translation>
    </message>
    <message>
        <source>{0}: similarity {1} -&gt; rbf (each cell is exp(-gamma |patch - filter|²), plus the bias: 1 where the patch equals the filter, towards 0 as they differ)</source>
        <translation>{0}: 類似度 {1} → rbf（各セルは exp(-gamma |パッチ - フィルタ|²) にバイアスを足したもの。パッチがフィルタと等しいところで 1、違うほど 0 に近づく）</translation>
    </message>
    <message>
        <source>{0}: gamma {1} -&gt; {2}</source>
        <translation>{0}: ガンマ {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: output {1} -&gt; {2}</source>
        <translation>{0}: 出力 {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: nothing changed</source>
        <translation>{0}: 変更なし</translation>
    </message>
    <message>
        <source>{0}: activation {1} -&gt; {2}</source>
        <translation>{0}: 活性化関数 {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: added an activation layer &apos;{1}&apos; ({2}) after it</source>
        <translation>{0}: 後ろに活性化層「{1}」（{2}）を追加しました</translation>
    </message>
    <message>
        <source>{0}: {1} -&gt; {2} pooling</source>
        <translation>{0}: {1} → {2}プーリング</translation>
    </message>
    <message>
        <source>{0}: now pools onto a fixed {1} grid (adaptive)</source>
        <translation>{0}: 固定の {1} グリッドへのプーリング（適応的）に変更しました</translation>
    </message>
    <message>
        <source>{0}: output grid {1} -&gt; {2}</source>
        <translation>{0}: 出力グリッド {1} → {2}</translation>
    </message>
    <message>
        <source>{0}: now pools {1} windows with stride {2} (was adaptive onto {3})</source>
        <translation>{0}: {1} の窓、ストライド {2} のプーリングに変更しました（以前は {3} への適応的プーリング）</translation>
    </message>
    <message>
        <source>{0}: window {1} -&gt; {2}</source>
        <translation>{0}: 窓 {1} → {2}</translation>
    </message>
    <message>
        <source>sum of contributions {0}  +  bias term {1}  =  {2}</source>
        <translation>寄与の和 {0}  +  バイアス項 {1}  =  {2}</translation>
    </message>
    <message>
        <source>logit  =  {0}</source>
        <translation>ロジット  =  {0}</translation>
    </message>
    <message>
        <source>{0} map {1}, row {2}, col {3}</source>
        <translation>{0} マップ {1}、行 {2}、列 {3}</translation>
    </message>
    <message>
        <source>{0} value {1}</source>
        <translation>{0} の値 {1}</translation>
    </message>
    <message>
        <source>{0} feature {1}</source>
        <translation>{0} の特徴 {1}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>centre-cropped</source>
        <translation>中心を切り出し</translation>
    </message>
    <message>
        <source>zero-padded around the centre</source>
        <translation>中心の周りをゼロで埋めて拡大</translation>
    </message>
    <message>
        <source>centre-cropped and zero-padded around the centre</source>
        <translation>中心を切り出し、周りをゼロで埋めて拡大</translation>
    </message>
    <message>
        <source>\ diagonal</source>
        <translation>\ 斜め</translation>
    </message>
    <message>
        <source>/ diagonal</source>
        <translation>/ 斜め</translation>
    </message>
    <message>
        <source>horizontal line</source>
        <translation>横線</translation>
    </message>
    <message>
        <source>vertical line</source>
        <translation>縦線</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Sobel x</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Sobel y</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>ラプラシアン</translation>
    </message>
    <message>
        <source>box blur</source>
        <translation>平均化ぼかし</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>random (He)</source>
        <translation>ランダム（He）</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>ゼロ</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>フォルダです</translation>
    </message>
    <message>
        <source>no such file and no shipped model of that name (shipped: {0})</source>
        <translation>そのようなファイルも、その名前の同梱モデルもありません（同梱: {0}）</translation>
    </message>
    <message>
        <source>not valid JSON ({0} at line {1}, column {2})</source>
        <translation>正しい JSON ではありません（{1} 行目、{2} 列目: {0}）</translation>
    </message>
    <message>
        <source>not a model file (lists or objects nested too deeply)</source>
        <translation>モデルファイルではありません（リストやオブジェクトの入れ子が深すぎます）</translation>
    </message>
    <message>
        <source>expected an object, got {0}</source>
        <translation>オブジェクトでなければなりませんが、{0} でした</translation>
    </message>
    <message>
        <source>missing field &apos;{0}&apos;</source>
        <translation>フィールド「{0}」がありません</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be an integer, got {1}</source>
        <translation>フィールド「{0}」は整数でなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a string, got {1}</source>
        <translation>フィールド「{0}」は文字列でなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a list, got {1}</source>
        <translation>フィールド「{0}」はリストでなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be an object, got {1}</source>
        <translation>フィールド「{0}」はオブジェクトでなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be true or false, got {1}</source>
        <translation>フィールド「{0}」は true か false でなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be an integer or a list, got {1}</source>
        <translation>フィールド「{0}」は整数かリストでなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be int or float, got {1}</source>
        <translation>フィールド「{0}」は整数か小数でなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a finite number, got {1}</source>
        <translation>フィールド「{0}」は有限の数でなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be &gt;= {1}, got {2}</source>
        <translation>フィールド「{0}」は {1} 以上でなければなりませんが、{2} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be an integer &gt;= {1} or a pair of them, got {2}</source>
        <translation>フィールド「{0}」は {1} 以上の整数か、その 2 つ組でなければなりませんが、{2} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be one of {1}, got {2}</source>
        <translation>フィールド「{0}」は {1} のいずれかでなければなりませんが、{2} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a nested list of numbers of shape {1}, got {2}</source>
        <translation>フィールド「{0}」は形が {1} の、数の入れ子のリストでなければなりませんが、{2} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a nested list of numbers of shape {1}</source>
        <translation>フィールド「{0}」は形が {1} の、数の入れ子のリストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has shape {1}, expected {2}</source>
        <translation>「{0}」の形は {1} ですが、{2} でなければなりません</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; contains NaN or infinite values (weights must be finite numbers)</source>
        <translation>「{0}」に NaN または無限大の値があります（重みは有限の数でなければなりません）</translation>
    </message>
    <message>
        <source>unknown layer type &apos;{0}&apos; (known: {1})</source>
        <translation>不明な層の種類「{0}」（使える種類: {1}）</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be &quot;{1}&quot;, got &quot;{2}&quot;</source>
        <translation>フィールド「{0}」は「{1}」でなければなりませんが、「{2}」でした</translation>
    </message>
    <message>
        <source>format version {0} is not supported (this cnnviz reads version {1})</source>
        <translation>形式のバージョン {0} には対応していません（この cnnviz が読めるのはバージョン {1} です）</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must list at least two different names</source>
        <translation>フィールド「{0}」には異なる名前を 2 つ以上並べなければなりません</translation>
    </message>
    <message>
        <source>Unable to allocate {0} for an array with shape {1} and data type {2}</source>
        <translation>形が {1}、データ型が {2} の配列のために {0} を確保できません</translation>
    </message>
    <message>
        <source>Exceeds the limit ({0} digits) for integer string conversion: value has {1} digits; use sys.set_int_max_str_digits() to increase the limit</source>
        <translation>整数に変換できる桁数の上限（{0} 桁）を超えています: この値は {1} 桁です</translation>
    </message>
    <message>
        <source>invalid start byte</source>
        <translation>不正な先頭バイトです</translation>
    </message>
    <message>
        <source>invalid continuation byte</source>
        <translation>不正な継続バイトです</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>データが途中で終わっています</translation>
    </message>
    <message>
        <source>[Errno {0}] Permission denied: {1}</source>
        <translation>[Errno {0}] アクセスが拒否されました: {1}</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>フォルダです</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>フォルダではありません</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>そのようなファイルやフォルダはありません</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>同じ名前のファイルがすでにあります</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>デバイスに空き容量がありません</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>読み取り専用のファイルシステムです</translation>
    </message>
    <message>
        <source>two layers are named &apos;{0}&apos;; layer names must be unique</source>
        <translation>「{0}」という名前の層が 2 つあります。層の名前は重複してはいけません</translation>
    </message>
    <message>
        <source>input shape must be (channels, height, width) &gt;= 1, got {0}</source>
        <translation>入力の形は 1 以上の（チャネル, 高さ, 幅）でなければなりませんが、{0} でした</translation>
    </message>
    <message>
        <source>a classifier needs at least two class names</source>
        <translation>分類器にはクラス名が 2 つ以上必要です</translation>
    </message>
    <message>
        <source>the model has no layers</source>
        <translation>モデルに層がありません</translation>
    </message>
    <message>
        <source>the last layer gives shape {0}, but there are {1} classes ({2})</source>
        <translation>最後の層の出力の形は {0} ですが、クラスは {1} 個あります（{2}）</translation>
    </message>
    <message>
        <source>similarity must be one of {0}, got {1}</source>
        <translation>類似度は {0} のいずれかでなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>gamma must be a number &gt; 0, got {0}</source>
        <translation>ガンマは 0 より大きい数でなければなりませんが、{0} でした</translation>
    </message>
    <message>
        <source>kernel, channels and stride must be &gt;= 1 and padding &gt;= 0</source>
        <translation>カーネル、チャネル、ストライドは 1 以上、パディングは 0 以上でなければなりません</translation>
    </message>
    <message>
        <source>expects (channels, height, width) input, got {0}</source>
        <translation>（チャネル, 高さ, 幅）の形の入力が必要ですが、{0} でした</translation>
    </message>
    <message>
        <source>input has {0} channels, its filters expect {1}</source>
        <translation>入力のチャネル数は {0} ですが、フィルタは {1} を想定しています</translation>
    </message>
    <message>
        <source>a {0}x{1} kernel does not fit a {2}x{3} input</source>
        <translation>{0}x{1} のカーネルは {2}x{3} の入力に収まりません</translation>
    </message>
    <message>
        <source>unknown activation {0}; choose one of {1}</source>
        <translation>不明な活性化関数 {0}。{1} から選んでください</translation>
    </message>
    <message>
        <source>pooling mode must be one of {0}, got {1}</source>
        <translation>プーリングの方式は {0} のいずれかでなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>output_size must be &gt;= 1</source>
        <translation>output_size は 1 以上でなければなりません</translation>
    </message>
    <message>
        <source>size and stride must be &gt;= 1</source>
        <translation>サイズとストライドは 1 以上でなければなりません</translation>
    </message>
    <message>
        <source>cannot pool a {0}x{1} input onto a {2}x{3} grid</source>
        <translation>{0}x{1} の入力を {2}x{3} のグリッドにプーリングすることはできません</translation>
    </message>
    <message>
        <source>a {0}x{1} window does not fit a {2}x{3} input</source>
        <translation>{0}x{1} の窓は {2}x{3} の入力に収まりません</translation>
    </message>
    <message>
        <source>in_features and out_features must be &gt;= 1</source>
        <translation>in_features と out_features は 1 以上でなければなりません</translation>
    </message>
    <message>
        <source>expects a flat input of {0} features, got shape {1} (add a flatten layer before it)</source>
        <translation>{0} 個の特徴からなる平らな入力が必要ですが、形は {1} でした（前に flatten 層を入れてください）</translation>
    </message>
    <message>
        <source>gets {0} input features, its weights expect {1}</source>
        <translation>入力の特徴は {0} 個ですが、重みは {1} 個を想定しています</translation>
    </message>
    <message>
        <source>expects a flat vector of logits, got {0}</source>
        <translation>ロジットの平らなベクトルが必要ですが、{0} でした</translation>
    </message>
    <message>
        <source>the &apos;\&apos; preset needs a square kernel of at least 2x2, not {0}</source>
        <translation>プリセット「\ 斜め」には 2x2 以上の正方形のカーネルが必要です。{0} では使えません</translation>
    </message>
    <message>
        <source>the &apos;/&apos; preset needs a square kernel of at least 2x2, not {0}</source>
        <translation>プリセット「/ 斜め」には 2x2 以上の正方形のカーネルが必要です。{0} では使えません</translation>
    </message>
    <message>
        <source>the &apos;horizontal&apos; preset needs an odd kernel height of at least 3 (a middle row), not {0}</source>
        <translation>プリセット「横線」には高さが 3 以上の奇数のカーネル（真ん中の行があるもの）が必要です。{0} では使えません</translation>
    </message>
    <message>
        <source>the &apos;vertical&apos; preset needs an odd kernel width of at least 3 (a middle column), not {0}</source>
        <translation>プリセット「縦線」には幅が 3 以上の奇数のカーネル（真ん中の列があるもの）が必要です。{0} では使えません</translation>
    </message>
    <message>
        <source>the &apos;sobel_x&apos; preset needs a kernel of at least 2x2, not {0}</source>
        <translation>プリセット「Sobel x」には 2x2 以上のカーネルが必要です。{0} では使えません</translation>
    </message>
    <message>
        <source>the &apos;sobel_y&apos; preset needs a kernel of at least 2x2, not {0}</source>
        <translation>プリセット「Sobel y」には 2x2 以上のカーネルが必要です。{0} では使えません</translation>
    </message>
    <message>
        <source>the &apos;laplacian&apos; preset needs odd kernel sizes (a centre cell), not {0}</source>
        <translation>プリセット「ラプラシアン」には奇数のカーネルサイズ（中心のセルがあるもの）が必要です。{0} では使えません</translation>
    </message>
    <message>
        <source>the &apos;identity&apos; preset needs odd kernel sizes (a centre cell), not {0}</source>
        <translation>プリセット「恒等」には奇数のカーネルサイズ（中心のセルがあるもの）が必要です。{0} では使えません</translation>
    </message>
    <message>
        <source>the &apos;random&apos; preset needs a random generator (rng)</source>
        <translation>プリセット「ランダム（He）」には乱数生成器 (rng) が必要です</translation>
    </message>
    <message>
        <source>unknown preset {0}; choose one of {1}</source>
        <translation>不明なプリセット {0}。{1} から選んでください</translation>
    </message>
    <message>
        <source>no layer named {0} (layers: {1})</source>
        <translation>{0} という名前の層はありません（層: {1}）</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer, not a convolution layer</source>
        <translation>層「{0}」は {1} 層で、畳み込み層ではありません</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer, not a pooling layer</source>
        <translation>層「{0}」は {1} 層で、プーリング層ではありません</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer, not a dense layer</source>
        <translation>層「{0}」は {1} 層で、全結合層ではありません</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer: activations follow convolution or dense layers</source>
        <translation>層「{0}」は {1} 層です。活性化関数は畳み込み層か全結合層の後に置きます</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; is a {1} layer: it has no settings to change</source>
        <translation>層「{0}」は {1} 層です。変更できる設定はありません</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; has filters 0 to {1}, not {2}</source>
        <translation>層「{0}」のフィルタは 0 から {1} までで、{2} はありません</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos; has input channels 0 to {1}, not {2}</source>
        <translation>層「{0}」の入力チャネルは 0 から {1} までで、{2} はありません</translation>
    </message>
    <message>
        <source>filter weights must be numbers</source>
        <translation>フィルタの重みは数でなければなりません</translation>
    </message>
    <message>
        <source>filter {0} weights have shape {1}, expected {2}</source>
        <translation>フィルタ {0} の重みの形は {1} ですが、{2} でなければなりません</translation>
    </message>
    <message>
        <source>filter weights must be finite numbers</source>
        <translation>フィルタの重みは有限の数でなければなりません</translation>
    </message>
    <message>
        <source>the bias must be a finite number</source>
        <translation>バイアスは有限の数でなければなりません</translation>
    </message>
    <message>
        <source>similarity must be one of {0}, not {1}</source>
        <translation>類似度は {0} のいずれかでなければなりません。{1} は使えません</translation>
    </message>
    <message>
        <source>gamma must be a number &gt; 0, not {0}</source>
        <translation>ガンマは 0 より大きい数でなければなりません。{0} は使えません</translation>
    </message>
    <message>
        <source>padding must be 0 or more, not {0}</source>
        <translation>パディングは 0 以上でなければなりません。{0} は使えません</translation>
    </message>
    <message>
        <source>stride must be 1 or more, not {0}</source>
        <translation>ストライドは 1 以上でなければなりません。{0} は使えません</translation>
    </message>
    <message>
        <source>kernel size must be 1 or more, not {0}</source>
        <translation>カーネルサイズは 1 以上でなければなりません。{0} は使えません</translation>
    </message>
    <message>
        <source>a {0}x{1} kernel with padding {2} does not fit its {3}x{4} input (out = floor((n + 2p - k) / s) + 1 would be {5})</source>
        <translation>パディング {2} の {0}x{1} のカーネルは {3}x{4} の入力に収まりません（out = floor((n + 2p - k) / s) + 1 が {5} になります）</translation>
    </message>
    <message>
        <source>pooling mode must be one of {0}, not {1}</source>
        <translation>プーリングの方式は {0} のいずれかでなければなりません。{1} は使えません</translation>
    </message>
    <message>
        <source>give either an output grid or a window size and stride, not both</source>
        <translation>出力グリッドか、窓のサイズとストライドか、どちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>unknown conv setting(s) {0}</source>
        <translation>不明な畳み込みの設定 {0}</translation>
    </message>
    <message>
        <source>unknown pooling setting(s) {0}</source>
        <translation>不明なプーリングの設定 {0}</translation>
    </message>
    <message>
        <source>no change given</source>
        <translation>変更が指定されていません</translation>
    </message>
    <message>
        <source>{0}: the scene must be a JSON object</source>
        <translation>{0}: シーンは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>{0}: {1} must be a JSON object</source>
        <translation>{0}: {1} は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; is missing</source>
        <translation>フィールド「{0}」がありません</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a whole number, got {1}</source>
        <translation>フィールド「{0}」は整数でなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a number, got {1}</source>
        <translation>フィールド「{0}」は数でなければなりませんが、{1} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be &quot;{1}&quot;, got &quot;{2}&quot; (is this a scene file?)</source>
        <translation>フィールド「{0}」は「{1}」でなければなりませんが、「{2}」でした（シーンファイルでしょうか？）</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a language code such as &quot;en&quot;, &quot;ja&quot; or &quot;ru&quot;, got &quot;{1}&quot;</source>
        <translation>フィールド「{0}」は &quot;en&quot;、&quot;ja&quot;、&quot;ru&quot; のような言語コードでなければなりませんが、「{1}」でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be between {1} and {2} canvas pixels, got {3}</source>
        <translation>フィールド「{0}」はキャンバスの {1}〜{2} ピクセルでなければなりませんが、{3} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be between {1} and {2} pixels, got {3}</source>
        <translation>フィールド「{0}」は {1}〜{2} ピクセルでなければなりませんが、{3} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be between {1} and {2}, got {3}</source>
        <translation>フィールド「{0}」は {1} から {2} まででなければなりませんが、{3} でした</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a list of [x, y, pressure] number triples</source>
        <translation>フィールド「{0}」は [x, y, 筆圧] の 3 つの数の組のリストでなければなりません</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; holds a number that is not finite</source>
        <translation>フィールド「{0}」に有限でない数があります</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; is empty (a stroke has at least one point)</source>
        <translation>フィールド「{0}」が空です（ストロークには点が 1 つ以上あります）</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos; must be a list of stage names</source>
        <translation>フィールド「{0}」は段の名前のリストでなければなりません</translation>
    </message>
    <message>
        <source>scene format version {0} is not supported (this cnnviz reads version {1})</source>
        <translation>シーン形式のバージョン {0} には対応していません（この cnnviz が読めるのはバージョン {1} です）</translation>
    </message>
    <message>
        <source>no such scene file</source>
        <translation>そのようなシーンファイルはありません</translation>
    </message>
    <message>
        <source>not a scene file (not UTF-8 text)</source>
        <translation>シーンファイルではありません（UTF-8 のテキストではありません）</translation>
    </message>
    <message>
        <source>not valid JSON (line {0}, column {1}: {2})</source>
        <translation>正しい JSON ではありません（{0} 行目、{1} 列目: {2}）</translation>
    </message>
    <message>
        <source>the scene was drawn on a {0}-pixel canvas; this canvas has {1} pixels</source>
        <translation>このシーンは {0} ピクセルのキャンバスで描かれました。このキャンバスは {1} ピクセルです</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>フォルダです</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>not an image or an unsupported format</source>
        <translation>画像ではないか、対応していない形式です</translation>
    </message>
    <message>
        <source>{0} has no {1}: export a collection first, or choose its folder</source>
        <translation>{0} に {1} がありません。先にコレクションを書き出すか、そのフォルダを選んでください</translation>
    </message>
    <message>
        <source>{0} needs the columns &apos;file&apos; and &apos;label&apos;, found {1}</source>
        <translation>{0} には列「file」と「label」が必要ですが、あったのは {1} です</translation>
    </message>
    <message>
        <source>could not encode {0} as PNG</source>
        <translation>{0} を PNG に変換できませんでした</translation>
    </message>
    <message>
        <source>ignored (not an object of file names); the images are used without strokes</source>
        <translation>無視しました（ファイル名をキーとするオブジェクトではありません）。画像はストロークなしで使います</translation>
    </message>
    <message>
        <source>ignored ({0}); the images are used without strokes</source>
        <translation>無視しました（{0}）。画像はストロークなしで使います</translation>
    </message>
    <message>
        <source>its strokes are unreadable ({0}); the image is used alone</source>
        <translation>ストロークが読めません（{0}）。画像だけを使います</translation>
    </message>
    <message>
        <source>{0} line {1}: unknown label {2} (expected {3} or {4})</source>
        <translation>{0} の {1} 行目: 不明なラベル {2}（{3} か {4} のはずです）</translation>
    </message>
    <message>
        <source>{0} line {1}: file {2} is missing</source>
        <translation>{0} の {1} 行目: ファイル {2} がありません</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>読み込める画像ではありません</translation>
    </message>
    <message>
        <source>is {0} x {1} pixels, expected {2} x {3}</source>
        <translation>{0} × {1} ピクセルですが、{2} × {3} でなければなりません</translation>
    </message>
    <message>
        <source>it is a directory, not a file name</source>
        <translation>フォルダです。ファイル名ではありません</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: an animation is saved as .gif or .mp4, not &apos;no suffix&apos;</source>
        <translation>「{0}」: アニメーションは .gif か .mp4 で保存します。拡張子がありません</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: an animation is saved as .gif or .mp4, not &apos;{1}&apos;</source>
        <translation>「{0}」: アニメーションは .gif か .mp4 で保存します。「{1}」は使えません</translation>
    </message>
    <message>
        <source>there is nothing to train on: add drawings with &quot;Add as ○/×&quot; or ask for synthetic sketches</source>
        <translation>学習するデータがありません: 「○として追加」「×として追加」で絵を加えるか、合成スケッチを指定してください</translation>
    </message>
    <message>
        <source>no training samples: collect at least a few drawings or add synthetic sketches</source>
        <translation>学習用のサンプルがありません: 絵をいくつか集めるか、合成スケッチを加えてください</translation>
    </message>
    <message>
        <source>the worker process ended unexpectedly (exit code {0})</source>
        <translation>ワーカープロセスが予期せず終了しました（終了コード {0}）</translation>
    </message>
    <message>
        <source>the worker process ended unexpectedly</source>
        <translation>ワーカープロセスが予期せず終了しました</translation>
    </message>
    <message>
        <source>The hand-set circle/cross detector of the lecture: two 3x3 diagonal filters, ReLU, max-pooling into the four quadrants, 8 hand-set weights per class, softmax. 38 parameters.</source>
        <translation>講義で使う、手で設定した ○/× 検出器: 3x3 の斜めのフィルタ 2 つ、ReLU、4 つの象限への最大プーリング、クラスごとに手で設定した重み 8 個、ソフトマックス。パラメータは 38 個です。</translation>
    </message>
    <message>
        <source>Trained by cnnviz: {0}, {1} synthetic sketches, {2} epochs, {3} lr {4}, seed {5}.</source>
        <translation>cnnviz で学習: {0}、合成スケッチ {1} 枚、{2} エポック、{3}（学習率 {4}）、シード {5}。</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; convolutions use cosine similarity</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）。畳み込みはコサイン類似度を使用</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; convolutions use rbf similarity</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）。畳み込みは動径基底の類似度を使用</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters start from {4}&apos;s</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）。{1}: フィルタ {3} 個のうち {2} 個は {4} のフィルタから開始</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters start from {4}&apos;s; convolutions use cosine similarity</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）。{1}: フィルタ {3} 個のうち {2} 個は {4} のフィルタから開始。畳み込みはコサイン類似度を使用</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters start from {4}&apos;s; convolutions use rbf similarity</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）。{1}: フィルタ {3} 個のうち {2} 個は {4} のフィルタから開始。畳み込みは動径基底の類似度を使用</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits {0}; all filters are random</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）。{1} の畳み込み層はどれも {0} に合わないため、フィルタはすべてランダム</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits {0}; all filters are random; convolutions use cosine similarity</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）。{1} の畳み込み層はどれも {0} に合わないため、フィルタはすべてランダム。畳み込みはコサイン類似度を使用</translation>
    </message>
    <message>
        <source>trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits {0}; all filters are random; convolutions use rbf similarity</source>
        <translation>アプリで学習。{0}: 重みの初期値はランダム（He）。{1} の畳み込み層はどれも {0} に合わないため、フィルタはすべてランダム。畳み込みは動径基底の類似度を使用</translation>
    </message>
    <message>
        <source>cannot read model &apos;{0}&apos;: {1}</source>
        <translation>モデル「{0}」を読み込めません: {1}</translation>
    </message>
    <message>
        <source>cannot read &apos;{0}&apos;: {1}</source>
        <translation>「{0}」を読み込めません: {1}</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>読み込めません: {0}</translation>
    </message>
    <message>
        <source>could not read {0}: {1}</source>
        <translation>{0} を読み込めませんでした: {1}</translation>
    </message>
    <message>
        <source>could not write the collection to {0}: {1}</source>
        <translation>コレクションを {0} に書き込めませんでした: {1}</translation>
    </message>
    <message>
        <source>its settings ask for weights too large to hold ({0})</source>
        <translation>設定どおりの重みは大きすぎて確保できません（{0}）</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; codec can&apos;t decode byte {1} in position {2}: {3}</source>
        <translation>{0} として位置 {2} のバイト {1} を復号できません: {3}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; codec can&apos;t decode bytes in position {1}-{2}: {3}</source>
        <translation>{0} として位置 {1}〜{2} のバイトを復号できません: {3}</translation>
    </message>
    <message>
        <source>[Errno {0}] cannot write &apos;{1}&apos;: {2}</source>
        <translation>[Errno {0}] 「{1}」に書き込めません: {2}</translation>
    </message>
    <message>
        <source>cannot write &apos;{0}&apos;: {1}</source>
        <translation>「{0}」に書き込めません: {1}</translation>
    </message>
    <message>
        <source>this change cannot be made, nothing was changed: {0}</source>
        <translation>この変更はできないため、何も変更していません: {0}</translation>
    </message>
    <message>
        <source>{0}; nothing was changed</source>
        <translation>{0}。何も変更していません</translation>
    </message>
    <message>
        <source>{0}; re-initialising it needs a random generator (rng)</source>
        <translation>{0}。初期化し直すには乱数生成器 (rng) が必要です</translation>
    </message>
    <message>
        <source>layer {0} (&apos;{1}&apos;): {2}</source>
        <translation>層 {0}（「{1}」）: {2}</translation>
    </message>
    <message>
        <source>layer &apos;{0}&apos;: {1}</source>
        <translation>層「{0}」: {1}</translation>
    </message>
    <message>
        <source>layer {0}: {1}</source>
        <translation>層 {0}: {1}</translation>
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
        <translation>集めた絵</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>寄与の分析</translation>
    </message>
    <message>
        <source>Add as ○</source>
        <translation>○として追加</translation>
    </message>
    <message>
        <source>Add as ×</source>
        <translation>×として追加</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>{0}を表示</translation>
    </message>
    <message>
        <source>Freeze as A</source>
        <translation>A として固定</translation>
    </message>
    <message>
        <source>Panels show B (the drawing now)</source>
        <translation>パネルに B（現在の絵）を表示</translation>
    </message>
    <message>
        <source>Panels show A</source>
        <translation>パネルに A を表示</translation>
    </message>
    <message>
        <source>Panels show B − A</source>
        <translation>パネルに B − A を表示</translation>
    </message>
    <message>
        <source>Train on the collection…</source>
        <translation>コレクションで学習…</translation>
    </message>
    <message>
        <source>Translation map of the drawing</source>
        <translation>絵の平行移動マップ</translation>
    </message>
    <message>
        <source>Export collection…</source>
        <translation>コレクションを書き出し…</translation>
    </message>
    <message>
        <source>Import collection…</source>
        <translation>コレクションを読み込み…</translation>
    </message>
    <message>
        <source>Save trained model…</source>
        <translation>学習したモデルを保存…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV of original plot data</source>
        <translation>グラフの元データ (CSV)</translation>
    </message>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>画像ファイル (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
        <source>Matplotlib Window</source>
        <translation>Matplotlib ウィンドウ</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>ベクター画像 (SVG)</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度（桁数）</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>列の並べ方</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>アンチエイリアス</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>値を反転</translation>
    </message>
    <message>
        <source>scaling stroke</source>
        <translation>線幅も拡大縮小</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>ベクター画像</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>no panel &apos;{0}&apos; to export; choose one of {1}</source>
        <translation>書き出せるパネル「{0}」はありません。{1} から選んでください</translation>
    </message>
    <message>
        <source>a figure&apos;s width must be {0} to {1} pixels, got {2}</source>
        <translation>図の幅は {0} から {1} ピクセルでなければなりませんが、{2} でした</translation>
    </message>
    <message>
        <source>panel &apos;{0}&apos; has no size yet (is the window shown?)</source>
        <translation>パネル「{0}」にはまだ大きさがありません（ウィンドウは表示されていますか？）</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: a figure is saved as .png or .svg, not &apos;no suffix&apos;</source>
        <translation>「{0}」: 図は .png か .svg で保存します。拡張子がありません</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: a figure is saved as .png or .svg, not &apos;{1}&apos;</source>
        <translation>「{0}」: 図は .png か .svg で保存します。「{1}」は使えません</translation>
    </message>
    <message>
        <source>could not encode the figure of &apos;{0}&apos; as PNG</source>
        <translation>「{0}」の図を PNG に変換できませんでした</translation>
    </message>
    <message>
        <source>could not draw the figure of &apos;{0}&apos; as SVG</source>
        <translation>「{0}」の図を SVG として描けませんでした</translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>empty: type a number such as 0.5 or -1</source>
        <translation>空です: 0.5 や -1 のような数を入力してください</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number: type one such as 0.5 or -1</source>
        <translation>「{0}」は数ではありません: 0.5 や -1 のような数を入力してください</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a finite number</source>
        <translation>「{0}」は有限の数ではありません</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large: weights between -{1} and {1} only</source>
        <translation>「{0}」は大きすぎます: 重みは -{1} から {1} までです</translation>
    </message>
    <message>
        <source>No filter selected</source>
        <translation>フィルタが選ばれていません</translation>
    </message>
    <message>
        <source>input channel</source>
        <translation>入力チャネル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>塗る</translation>
    </message>
    <message>
        <source>Click a cell, then type a number (Enter applies, Esc cancels)</source>
        <translation>セルをクリックして数を入力します（Enter で適用、Esc で取り消し）</translation>
    </message>
    <message>
        <source>Press and drag over cells to set them to the brush value</source>
        <translation>押したままセルの上をなぞると、ブラシの値になります</translation>
    </message>
    <message>
        <source>brush </source>
        <translation>ブラシ </translation>
    </message>
    <message>
        <source>preset…</source>
        <translation>プリセット…</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>全チャネル</translation>
    </message>
    <message>
        <source>Apply a preset to every input channel&apos;s slice of the filter, or only to the one shown</source>
        <translation>プリセットをフィルタのすべての入力チャネルに適用するか、表示中のチャネルだけに適用するか</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>バイアス</translation>
    </message>
    <message>
        <source>{0} · filter {1}  ({2}, {3} channels)</source>
        <translation>{0} · フィルタ {1}（{2}、{3} チャネル）</translation>
    </message>
    <message>
        <source>{0} · filter {1}  ({2})</source>
        <translation>{0} · フィルタ {1}（{2}）</translation>
    </message>
    <message>
        <source>This layer computes a true convolution: the grid shows the weights as stored; they are multiplied rotated by 180°.</source>
        <translation>この層は真の畳み込みを計算します。グリッドは保存されたままの重みを示し、掛けるときには 180° 回転します。</translation>
    </message>
    <message>
        <source>Cross-correlation: the grid is laid on each patch exactly as shown.</source>
        <translation>相互相関: グリッドは表示どおりの向きで各パッチに重ねます。</translation>
    </message>
    <message>
        <source>Cell ({0}, {1}): {2}. Not applied; the cell keeps {3}.</source>
        <translation>セル ({0}, {1}): {2}。適用していません。セルの値は {3} のままです。</translation>
    </message>
    <message>
        <source>Bias: {0}. Not applied; the bias stays {1}.</source>
        <translation>バイアス: {0}。適用していません。バイアスは {1} のままです。</translation>
    </message>
    <message>
        <source>{0}. Not applied.</source>
        <translation>{0}。適用していません。</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <source>Got it</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <source>Everything here can be pointed at and clicked: a map&apos;s cell shows its arithmetic, a filter opens in the editor, the softmax and logit bars explain a class, and a stage&apos;s title enlarges that stage (F; Esc returns).</source>
        <translation>ここにあるものはすべて指したりクリックしたりできます: 特徴マップのセルはその計算を示し、フィルタはエディタで開き、softmax とロジットのバーはクラスを説明し、段のタイトルはその段を拡大します (F キー、Esc で戻る)。</translation>
    </message>
</context>
<context>
    <name>FocusedStageView</name>
    <message>
        <source>Back to all stages</source>
        <translation>すべての段に戻る</translation>
    </message>
    <message>
        <source>← → stages · ↑ ↓ maps · click a map to show it alone · Esc back</source>
        <translation>← → 段 · ↑ ↓ 特徴マップ · マップをクリックで単独表示 · Esc で戻る</translation>
    </message>
    <message>
        <source>Previous stage (Left arrow)</source>
        <translation>前の段 (左矢印)</translation>
    </message>
    <message>
        <source>Next stage (Right arrow)</source>
        <translation>次の段 (右矢印)</translation>
    </message>
    <message>
        <source>Back to the whole pipeline (Esc)</source>
        <translation>パイプライン全体に戻る (Esc)</translation>
    </message>
    <message>
        <source>map {0} of {1}</source>
        <translation>特徴マップ {0} / {1}</translation>
    </message>
    <message>
        <source>{0}  —  stage {1} of {2}</source>
        <translation>{0}  —  {2} 段中 {1} 段目</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>軸をリンク:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸を別のビューとリンクします。リンクすると、両方のビューに同じデータ範囲が表示されます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自動調整のときに表示するデータの割合です。とがったノイズのあるデータでは、この値を下げるとよい場合があります。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;表示するデータが変わるたびに、この軸の範囲を自動で合わせます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸の範囲を手動で設定します。自動調整は無効になります。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸に表示する最小値です。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸に表示する最大値です。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸の向きを反転します（+y が上ではなく下向きになります）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>軸を反転</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸でマウス操作（移動・拡大縮小）を有効にします。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>マウス操作を有効</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックすると、もう一方の軸の範囲で見えているデータだけに合わせて自動調整します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>表示中のデータのみ</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックすると、現在のデータが中央に来るように軸を自動で移動します。この軸の縮尺は変わりません。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>自動移動のみ</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>このグラフに表示している曲線の平均を表示します。パラメータの一覧から、平均をとるパラメータを選べます（ある場合）。</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>各曲線のうち見えている部分だけを描きます。X の値が等間隔であることを前提とします。</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>見えている部分だけ描く</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>このグラフに複数の曲線があるとき、チェックすると表示する曲線の数を制限します。</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>最大曲線数:</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>間引き</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>元データの最小値と最大値をたどるのこぎり波を描いて間引きます。見た目は最も忠実ですが、遅くなります。</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>このグラフに複数の曲線があるとき、「最大曲線数」をチェックしてこの値を設定すると、表示する曲線の数を制限できます。</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>「最大曲線数」がチェックされているとき、隠れた曲線をメモリから削除します（メモリを節約できますが、隠れた曲線は元に戻せません）。</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>隠れた曲線を破棄</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>N 個ごとの平均をとって間引きます。</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>N 個ごとに最初の 1 個をとって間引きます。最も速く、最も不正確な方法です。</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>抜き出し</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>表示範囲に応じて自動で間引きます。X の値が等間隔であることを前提とします。</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>描く前にデータを間引きます（N 個ごとに 1 個を描きます）。</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>X を対数目盛</translation>
    </message>
    <message>
        <source>Y vs. Y&apos;</source>
        <translation>位相図 (Y, Y&apos;)</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>パワースペクトル (FFT)</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Y を対数目盛</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>平均を引く</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>X のグリッドを表示</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Y のグリッドを表示</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>書き出すもの:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>書き出し形式</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>書き出しの設定</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>書き出し…</translation>
    </message>
</context>
<context>
    <name>InspectController</name>
    <message>
        <source>Could not %s: %s: %s</source>
        <translation>実行できませんでした（%s）: %s: %s</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Filter editor</source>
        <translation>フィルタ編集</translation>
    </message>
    <message>
        <source>Layers and model</source>
        <translation>層とモデル</translation>
    </message>
    <message>
        <source>Undo model edit</source>
        <translation>モデルの編集を元に戻す</translation>
    </message>
    <message>
        <source>Take back the last change to the model (Ctrl+Alt+Z); Ctrl+Z undoes the drawing</source>
        <translation>モデルへの最後の変更を取り消します（Ctrl+Alt+Z）。Ctrl+Z は絵を元に戻します</translation>
    </message>
    <message>
        <source>Redo model edit</source>
        <translation>モデルの編集をやり直す</translation>
    </message>
    <message>
        <source>Make the undone model change again (Ctrl+Alt+Shift+Z)</source>
        <translation>取り消したモデルの変更をもう一度行います（Ctrl+Alt+Shift+Z）</translation>
    </message>
    <message>
        <source>Save model as…</source>
        <translation>モデルに名前を付けて保存…</translation>
    </message>
    <message>
        <source>Write the model, with your edits, to a model file</source>
        <translation>編集を含むモデルをモデルファイルに書き出します</translation>
    </message>
    <message>
        <source>Reset to shipped model</source>
        <translation>同梱のモデルに戻す</translation>
    </message>
    <message>
        <source>Reload the model as shipped (or as in its file); undoable</source>
        <translation>同梱時（またはファイルに保存された状態）のモデルを読み直します。元に戻せます</translation>
    </message>
    <message>
        <source>Parameter summary…</source>
        <translation>パラメータ数の一覧…</translation>
    </message>
    <message>
        <source>How many parameters each layer has, and a dense layer&apos;s count</source>
        <translation>各層のパラメータ数と、全結合層の場合の数</translation>
    </message>
    <message>
        <source>Unpin inspector</source>
        <translation>インスペクタの固定を解除</translation>
    </message>
    <message>
        <source>Let the inspector follow the pointer again (Esc)</source>
        <translation>インスペクタが再びポインタに追従するようにします（Esc）</translation>
    </message>
    <message>
        <source>Inspector and model edits…</source>
        <translation>インスペクタとモデルの編集…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point&lt;/b&gt; at any cell of a map: the Inspector shows its arithmetic, and its receptive field is outlined on the layer&apos;s input (dashed where the filter reaches into zero padding).&lt;br&gt;&lt;b&gt;Click&lt;/b&gt; a cell or a softmax / logit bar to pin it (it follows the pen); click it again or press &lt;b&gt;Esc&lt;/b&gt; to unpin.&lt;br&gt;&lt;b&gt;Click a filter&lt;/b&gt; (the small weights left of a convolution map) to edit it in the Filter editor.&lt;br&gt;&lt;b&gt;Click a stage&apos;s title&lt;/b&gt; for its settings in Layers and model.&lt;br&gt;&lt;br&gt;&lt;b&gt;Ctrl+Alt+Z&lt;/b&gt; undo model edit, &lt;b&gt;Ctrl+Alt+Shift+Z&lt;/b&gt; or &lt;b&gt;Ctrl+Alt+Y&lt;/b&gt; redo it (Ctrl+Z and Ctrl+Shift+Z undo and redo the drawing).&lt;br&gt;Model menu: Save model as…, Reset to shipped model, Parameter summary.</source>
        <translation>マップのセルを&lt;b&gt;指す&lt;/b&gt;と、インスペクタにその計算が表示され、層の入力上に受容野が囲まれます（フィルタがゼロパディングにはみ出す部分は破線）。&lt;br&gt;セル、またはソフトマックス／ロジットの棒を&lt;b&gt;クリック&lt;/b&gt;すると固定されます（ペンには追従します）。もう一度クリックするか &lt;b&gt;Esc&lt;/b&gt; で解除します。&lt;br&gt;&lt;b&gt;フィルタをクリック&lt;/b&gt;（畳み込みマップの左にある小さな重み）するとフィルタ編集で編集できます。&lt;br&gt;&lt;b&gt;段のタイトルをクリック&lt;/b&gt;すると「層とモデル」に設定が表示されます。&lt;br&gt;&lt;br&gt;&lt;b&gt;Ctrl+Alt+Z&lt;/b&gt; でモデルの編集を元に戻し、&lt;b&gt;Ctrl+Alt+Shift+Z&lt;/b&gt; または &lt;b&gt;Ctrl+Alt+Y&lt;/b&gt; でやり直します（Ctrl+Z と Ctrl+Shift+Z は絵の取り消しとやり直し）。&lt;br&gt;モデルメニュー: モデルに名前を付けて保存…、同梱のモデルに戻す、パラメータ数の一覧。</translation>
    </message>
    <message>
        <source>Inspector and model edits</source>
        <translation>インスペクタとモデルの編集</translation>
    </message>
    <message>
        <source>%s: the drawing as the network sees it (0 = paper, 1 = ink)</source>
        <translation>%s: ネットワークから見た絵（0 = 紙、1 = インク）</translation>
    </message>
    <message>
        <source>%s parameters: %s</source>
        <translation>パラメータ %s 個: %s</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>パラメータなし</translation>
    </message>
    <message>
        <source>%s applied to every cell</source>
        <translation>%s を各セルに適用</translation>
    </message>
    <message>
        <source>Point at a map cell for its arithmetic, click to pin; click the filter left of a map to edit it; click this title for the layer&apos;s settings.</source>
        <translation>マップのセルを指すと計算が見え、クリックで固定します。マップの左のフィルタをクリックすると編集でき、このタイトルをクリックすると層の設定が表示されます。</translation>
    </message>
    <message>
        <source>Point at a cell to see the window it pooled; click this title for the layer&apos;s settings.</source>
        <translation>セルを指すとプーリングした窓が見えます。このタイトルをクリックすると層の設定が表示されます。</translation>
    </message>
    <message>
        <source>Point at a cell for the sum behind it.</source>
        <translation>セルを指すと、その元になった和が見えます。</translation>
    </message>
    <message>
        <source>Point at a unit for each input&apos;s contribution.</source>
        <translation>ユニットを指すと、各入力の寄与が見えます。</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>No model edit to undo.</source>
        <translation>元に戻すモデルの編集はありません。</translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation>元に戻しました: %s</translation>
    </message>
    <message>
        <source>No model edit to redo.</source>
        <translation>やり直すモデルの編集はありません。</translation>
    </message>
    <message>
        <source>Redone: %s</source>
        <translation>やり直しました: %s</translation>
    </message>
    <message>
        <source>Undo model edit: %s</source>
        <translation>モデルの編集を元に戻す: %s</translation>
    </message>
    <message>
        <source>Redo model edit: %s</source>
        <translation>モデルの編集をやり直す: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n model edit(s) since it was opened; Ctrl+Alt+Z undoes, Ctrl+Alt+Shift+Z redoes.</source>
        <translation>
            <numerusform>開いてからモデルを %n 回編集しました。Ctrl+Alt+Z で元に戻し、Ctrl+Alt+Shift+Z でやり直します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model as opened: no edits yet.</source>
        <translation>開いたときのままのモデルです（編集なし）。</translation>
    </message>
    <message>
        <source>Could not reset to %s: %s. The model shown is kept.</source>
        <translation>%s に戻せませんでした: %s。表示中のモデルはそのままです。</translation>
    </message>
    <message>
        <source>reset to %s as shipped</source>
        <translation>同梱の %s に戻しました</translation>
    </message>
    <message>
        <source>reset to %s as saved in its file</source>
        <translation>ファイルに保存された %s に戻しました</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>モデルに名前を付けて保存</translation>
    </message>
    <message>
        <source>cnnviz models (*.json);;All files (*)</source>
        <translation>cnnviz モデル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not save the model to %s: %s. Nothing was lost: the edited model is still open.</source>
        <translation>モデルを %s に保存できませんでした: %s。何も失われていません。編集したモデルは開いたままです。</translation>
    </message>
    <message>
        <source>Saved the model to %s</source>
        <translation>モデルを %s に保存しました</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>開いたとき</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Point at a cell of any feature map to see its arithmetic.</source>
        <translation>特徴マップのセルを指すと、その計算が表示されます。</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Keep showing this cell while the pointer moves elsewhere; it still follows the pen</source>
        <translation>ポインタが他へ動いてもこのセルを表示し続けます（ペンには追従します）</translation>
    </message>
    <message>
        <source>The cell shown before no longer exists in this network.</source>
        <translation>表示していたセルはこのネットワークにはもうありません。</translation>
    </message>
    <message>
        <source>The whole network has {0} parameters; one dense layer from the {1} inputs straight to the {2} classes would have {3}.</source>
        <translation>ネットワーク全体のパラメータは {0} 個です。{1} 個の入力から {2} クラスへ直接つなぐ全結合層なら {3} 個になります。</translation>
    </message>
    <message>
        <source>{0} · map {1} · row {2}, col {3}</source>
        <translation>{0} · マップ {1} · 行 {2}、列 {3}</translation>
    </message>
    <message>
        <source>  (pointed at {0})</source>
        <translation>（指した位置: {0}）</translation>
    </message>
    <message>
        <source>; grey cells are padding zeros outside the input</source>
        <translation>（灰色のセルは入力の外側のゼロパディング）</translation>
    </message>
    <message>
        <source>Filter {0} laid on rows {1} to {2}, cols {3} to {4} of {5} (stride {6}, padding {7})</source>
        <translation>フィルタ {0} を {5} の行 {1}〜{2}、列 {3}〜{4} に重ねています（ストライド {6}、パディング {7}）</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}。{1}。</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>filter (rotated 180°)</source>
        <translation>フィルタ（180° 回転）</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>products</source>
        <translation>積</translation>
    </message>
    <message>
        <source>partial sum</source>
        <translation>部分和</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>和</translation>
    </message>
    <message>
        <source>input channels {0} to {1} (not listed cell by cell): partial sums </source>
        <translation>入力チャネル {0}〜{1}（セルごとには表示しません）の部分和: </translation>
    </message>
    <message>
        <source>input channel {0}: patch × filter {1} slice {0}, summed = {2}</source>
        <translation>入力チャネル {0}: パッチ × フィルタ {1} のスライス {0} の和 = {2}</translation>
    </message>
    <message>
        <source>padding: a zero outside the input</source>
        <translation>パディング: 入力の外側のゼロ</translation>
    </message>
    <message>
        <source>channels: </source>
        <translation>チャネル: </translation>
    </message>
    <message>
        <source>sum of the {0} products = {1}</source>
        <translation>{0} 個の積の和 = {1}</translation>
    </message>
    <message>
        <source>{0} similarity: {1}</source>
        <translation>{0} 類似度: {1}</translation>
    </message>
    <message>
        <source>{0} + bias {1} = {2}</source>
        <translation>{0} + バイアス {1} = {2}</translation>
    </message>
    <message>
        <source>  (the value in the feature map)</source>
        <translation>（特徴マップの値）</translation>
    </message>
    <message>
        <source>undefined (a zero vector)</source>
        <translation>未定義（ゼロベクトル）</translation>
    </message>
    <message>
        <source>&lt;b&gt;As an inner product&lt;/b&gt; of two vectors of {0} numbers: patch · filter = {1}; |patch| = {2}, |filter| = {3}; cosine = dot / (|patch| |filter|) = {4}: 1 means the patch has exactly the filter&apos;s pattern, 0 nothing of it, -1 its opposite.</source>
        <translation>{0} 個の数からなる 2 つのベクトルの&lt;b&gt;内積として&lt;/b&gt;: パッチ · フィルタ = {1}、|パッチ| = {2}、|フィルタ| = {3}、コサイン = 内積 / (|パッチ| |フィルタ|) = {4}。1 はパッチがフィルタのパターンそのもの、0 はまったく含まない、-1 は正反対であることを意味します。</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>最大プーリング</translation>
    </message>
    <message>
        <source>min pooling</source>
        <translation>最小プーリング</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>平均プーリング</translation>
    </message>
    <message>
        <source>an adaptive bin (the grid is fixed whatever the input size)</source>
        <translation>適応的な区間（入力の大きさによらずグリッドは固定）</translation>
    </message>
    <message>
        <source>a window</source>
        <translation>窓</translation>
    </message>
    <message>
        <source> The largest value wins (the first one at ties).</source>
        <translation> 最大の値が選ばれます（同じ値なら最初のもの）。</translation>
    </message>
    <message>
        <source> The smallest value wins (the first one at ties).</source>
        <translation> 最小の値が選ばれます（同じ値なら最初のもの）。</translation>
    </message>
    <message>
        <source>Pools {0}: rows {1} to {2}, cols {3} to {4} of {5}, map {6}.</source>
        <translation>{5} のマップ {6} の行 {1}〜{2}、列 {3}〜{4} の{0}をプーリングします。</translation>
    </message>
    <message>
        <source> Showing rows {0} to {1}, cols {2} to {3} of the window.</source>
        <translation> 窓のうち行 {0}〜{1}、列 {2}〜{3} を表示しています。</translation>
    </message>
    <message>
        <source>col {0}</source>
        <translation>列 {0}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>行 {0}</translation>
    </message>
    <message>
        <source>logit of &apos;{0}&apos;</source>
        <translation>「{0}」のロジット</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>出力 {0}</translation>
    </message>
    <message>
        <source>Each of the {0} input features times its weight, largest contributions first; they sum, with the bias, to the {1}.</source>
        <translation>{0} 個の入力特徴それぞれに重みを掛けたもの（寄与の大きい順）。バイアスと合わせた和が{1}です。</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>特徴</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>× weight</source>
        <translation>× 重み</translation>
    </message>
    <message>
        <source>= contribution</source>
        <translation>= 寄与</translation>
    </message>
    <message>
        <source>the other {0} features, together</source>
        <translation>残り {0} 個の特徴の合計</translation>
    </message>
    <message>
        <source>(smaller contributions)</source>
        <translation>（小さい寄与）</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ バイアス</translation>
    </message>
    <message>
        <source>softmax · p({0})</source>
        <translation>ソフトマックス · p({0})</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>logit z</source>
        <translation>ロジット z</translation>
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
        <translation>÷ 和</translation>
    </message>
    <message>
        <source>= probability</source>
        <translation>= 確率</translation>
    </message>
    <message>
        <source>{0} · cell {1}</source>
        <translation>{0} · セル {1}</translation>
    </message>
    <message>
        <source>{0} · feature {1}</source>
        <translation>{0} · 特徴 {1}</translation>
    </message>
    <message>
        <source>feature {0} is {1}: {2} (flattening only lines the maps up: map by map, row by row)</source>
        <translation>特徴 {0} は {1}: {2}（平坦化はマップを並べるだけです: マップごと、行ごと）</translation>
    </message>
    <message>
        <source>Check: {0}.</source>
        <translation>検算: {0}。</translation>
    </message>
    <message>
        <source>{0}: {1} parameters.</source>
        <translation>{0}: {1} のパラメータ。</translation>
    </message>
</context>
<context>
    <name>LayerControls</name>
    <message>
        <source>Frameworks (PyTorch, TensorFlow) compute cross-correlation and call it &quot;convolution&quot;: the filters are learned, so a flipped kernel would just be learned flipped.</source>
        <translation>フレームワーク（PyTorch、TensorFlow）は相互相関を計算して「畳み込み」と呼んでいます。フィルタは学習されるので、反転したカーネルは反転したまま学習されるだけです。</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>相互相関</translation>
    </message>
    <message>
        <source>true convolution (kernel rotated 180°)</source>
        <translation>真の畳み込み（カーネルを 180° 回転）</translation>
    </message>
    <message>
        <source>inner product (dot): a convolution</source>
        <translation>内積: 畳み込み</translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation>コサイン類似度</translation>
    </message>
    <message>
        <source>radial basis: exp(-γ |patch - filter|²)</source>
        <translation>動径基底: exp(-γ |パッチ - フィルタ|²)</translation>
    </message>
    <message>
        <source>Select a convolution or pooling layer</source>
        <translation>畳み込み層かプーリング層を選んでください</translation>
    </message>
    <message>
        <source>identity (none)</source>
        <translation>恒等関数（なし）</translation>
    </message>
    <message>
        <source>What each output cell measures between the filter and the patch under it</source>
        <translation>各出力セルが、フィルタとその下のパッチの間で何を測るか</translation>
    </message>
    <message>
        <source>γ of the radial-basis similarity: larger means only very close patches score high</source>
        <translation>動径基底類似度の γ: 大きいほど、ごく近いパッチだけが高い値になります</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>ストライド</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>カーネルサイズ</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>演算</translation>
    </message>
    <message>
        <source>similarity</source>
        <translation>類似度</translation>
    </message>
    <message>
        <source>gamma (rbf)</source>
        <translation>ガンマ（rbf）</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>fixed output grid (adaptive)</source>
        <translation>出力グリッドを固定（適応的）</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>output grid</source>
        <translation>出力グリッド</translation>
    </message>
    <message>
        <source>window size</source>
        <translation>窓のサイズ</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>この層には設定がありません。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Go back to the model before the last change</source>
        <translation>最後の変更の前のモデルに戻ります</translation>
    </message>
    <message>
        <source>{0}: convolution</source>
        <translation>{0}: 畳み込み</translation>
    </message>
    <message>
        <source>{0}: pooling</source>
        <translation>{0}: プーリング</translation>
    </message>
    <message>
        <source>input {0}  →  output {1}</source>
        <translation>入力 {0}  →  出力 {1}</translation>
    </message>
    <message>
        <source>{0} parameters: {1}</source>
        <translation>パラメータ {0} 個: {1}</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>パラメータなし</translation>
    </message>
    <message>
        <source>height and width: {0}</source>
        <translation>高さと幅: {0}</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
</context>
<context>
    <name>Lecture</name>
    <message>
        <source>Step through a convolution</source>
        <translation>畳み込みを 1 ステップずつ</translation>
    </message>
    <message>
        <source>Stroke timeline</source>
        <translation>ストロークのタイムライン</translation>
    </message>
    <message>
        <source>&amp;Step through a convolution</source>
        <translation>畳み込みを 1 ステップずつ(&amp;S)</translation>
    </message>
    <message>
        <source>Play / pause the stepper</source>
        <translation>ステップ実行の再生／一時停止</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>1 ステップ進む</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <source>Back to the first cell</source>
        <translation>最初のセルに戻る</translation>
    </message>
    <message>
        <source>Compute every cell</source>
        <translation>すべてのセルを計算</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>速く</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>遅く</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;redict, then reveal</source>
        <translation>予想してから答え合わせ(&amp;R)</translation>
    </message>
    <message>
        <source>Conceal the chosen stages until Space is pressed</source>
        <translation>選んだ段を Space キーを押すまで隠します</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>答えを表示</translation>
    </message>
    <message>
        <source>Reveal the concealed stages (press again to conceal them)</source>
        <translation>隠した段を表示します（もう一度押すと隠します）</translation>
    </message>
    <message>
        <source>Stroke &amp;timeline</source>
        <translation>ストロークのタイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>Replay the drawing</source>
        <translation>絵を再生</translation>
    </message>
    <message>
        <source>Timeline back</source>
        <translation>タイムラインを戻す</translation>
    </message>
    <message>
        <source>Timeline forward</source>
        <translation>タイムラインを進める</translation>
    </message>
    <message>
        <source>Open &amp;scene…</source>
        <translation>シーンを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Save s&amp;cene…</source>
        <translation>シーンを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export figure (PNG/SVG)…</source>
        <translation>図を書き出し (PNG/SVG)(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;animation (GIF/MP4)…</source>
        <translation>アニメーションを書き出し (GIF/MP4)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Red/blue palette</source>
        <translation>赤／青のパレット</translation>
    </message>
    <message>
        <source>Colour-blind-safe palette (blue/orange)</source>
        <translation>色覚に配慮したパレット（青／オレンジ）</translation>
    </message>
    <message>
        <source>&amp;Conceal until revealed</source>
        <translation>答え合わせまで隠す段(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet (.xlsx)…</source>
        <translation>スプレッドシートを書き出し (.xlsx)(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import filters from spreadsheet…</source>
        <translation>スプレッドシートからフィルタを読み込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Export a &amp;table as CSV…</source>
        <translation>表を CSV で書き出し(&amp;T)…</translation>
    </message>
    <message>
        <source>Conceal</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Prediction and softmax</source>
        <translation>予測とソフトマックス</translation>
    </message>
    <message>
        <source>Opened scene %1</source>
        <translation>シーン %1 を開きました</translation>
    </message>
    <message>
        <source>Saved scene %1</source>
        <translation>シーン %1 を保存しました</translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation>シーンを開く</translation>
    </message>
    <message>
        <source>cnnviz scenes (*%1);;All files (*)</source>
        <translation>cnnviz シーン (*%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>シーンを保存</translation>
    </message>
    <message>
        <source>cnnviz scenes (*%1)</source>
        <translation>cnnviz シーン (*%1)</translation>
    </message>
    <message>
        <source>Could not save the scene: %1</source>
        <translation>シーンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The whole pipeline</source>
        <translation>パイプライン全体</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>図を書き出し</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>書き出すもの:</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>幅（ピクセル）:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Could not export the figure to %1: %2</source>
        <translation>図を %1 に書き出せませんでした: %2</translation>
    </message>
    <message>
        <source>Draw something first: the animation replays the drawing.</source>
        <translation>まず何か描いてください。アニメーションは絵を再生したものです。</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>アニメーションを書き出し</translation>
    </message>
    <message>
        <source>GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF アニメーション (*.gif);;MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <source>Could not export the animation to %1: %2</source>
        <translation>アニメーションを %1 に書き出せませんでした: %2</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>スプレッドシートを書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not export the spreadsheet to %1: %2</source>
        <translation>スプレッドシートを %1 に書き出せませんでした: %2</translation>
    </message>
    <message>
        <source>Import filters</source>
        <translation>フィルタを読み込み</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel ブック (*.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not export the table to %1: %2</source>
        <translation>表を %1 に書き出せませんでした: %2</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>{0} filter {1} channel {2}</source>
        <translation>{0} フィルタ {1} チャネル {2}</translation>
    </message>
    <message>
        <source>{0} map {1}</source>
        <translation>{0} マップ {1}</translation>
    </message>
    <message>
        <source>{0} weights</source>
        <translation>{0} 重み</translation>
    </message>
    <message>
        <source>outputs (logits, probabilities)</source>
        <translation>出力（ロジット、確率）</translation>
    </message>
    <message>
        <source>Export a table as CSV</source>
        <translation>表を CSV で書き出し</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
</context>
<context>
    <name>LiveRunner</name>
    <message>
        <source>the model could not run: {0}: {1}</source>
        <translation>モデルを実行できませんでした: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cnnviz — watch a CNN think</source>
        <translation>cnnviz — CNN が考えるところを見る</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>モデルファイルを開く…</translation>
    </message>
    <message>
        <source>Draw a ○ or a ×</source>
        <translation>○ か × を描こう</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>ペン</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pen width in canvas pixels (the canvas is 280 x 280)</source>
        <translation>ペンの太さ（キャンバスのピクセル単位。キャンバスは 280 × 280）</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Erase instead of drawing (E)</source>
        <translation>描く代わりに消します (E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>やり直す (Ctrl+Shift+Z または Ctrl+Y)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Clear (Delete)</source>
        <translation>消去 (Delete)</translation>
    </message>
    <message>
        <source>Example ○</source>
        <translation>○ の例</translation>
    </message>
    <message>
        <source>Put a generated circle on the canvas</source>
        <translation>生成した丸をキャンバスに描きます</translation>
    </message>
    <message>
        <source>Example ×</source>
        <translation>× の例</translation>
    </message>
    <message>
        <source>Put a generated cross on the canvas</source>
        <translation>生成したバツをキャンバスに描きます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>モデルファイルを開く</translation>
    </message>
    <message>
        <source>cnnviz models (*.json);;All files (*)</source>
        <translation>cnnviz モデル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>実験(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Lecture</source>
        <translation>講義(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The language can change when the training run has finished or been stopped.</source>
        <translation>言語は学習が終わるか止めたあとで切り替えられます。</translation>
    </message>
    <message>
        <source>The language can change when the probe has finished or been cancelled.</source>
        <translation>言語はプローブが終わるか取り消したあとで切り替えられます。</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>レイアウトを元に戻す</translation>
    </message>
    <message>
        <source>Put every panel back where it was at the first start</source>
        <translation>すべてのパネルを最初に起動したときの位置に戻します</translation>
    </message>
    <message>
        <source>Language: {0}</source>
        <translation>言語: {0}</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>ink</source>
        <translation>インク</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>重み</translation>
    </message>
</context>
<context>
    <name>ModelDock</name>
    <message>
        <source>The layer whose settings are shown (or click a stage&apos;s title)</source>
        <translation>設定を表示する層（段のタイトルをクリックしても選べます）</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Save model as…</source>
        <translation>モデルに名前を付けて保存…</translation>
    </message>
    <message>
        <source>Reset to shipped model</source>
        <translation>同梱のモデルに戻す</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Undo model edit: %s</source>
        <translation>モデルの編集を元に戻す: %s</translation>
    </message>
    <message>
        <source>No model edit to undo</source>
        <translation>元に戻すモデルの編集はありません</translation>
    </message>
    <message>
        <source>Redo model edit: %s</source>
        <translation>モデルの編集をやり直す: %s</translation>
    </message>
    <message>
        <source>No model edit to redo</source>
        <translation>やり直すモデルの編集はありません</translation>
    </message>
    <message>
        <source>total: {0} = {1} parameters</source>
        <translation>合計: {0} = パラメータ {1} 個</translation>
    </message>
    <message>
        <source>One dense layer straight from the {0} input values to the {1} classes would have {0} × {1} + {1} = {2}.</source>
        <translation>{0} 個の入力値から {1} クラスへ直接つなぐ全結合層 1 つなら {0} × {1} + {1} = {2} 個になります。</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>panel &apos;{0}&apos; could not be updated: {1}: {2}</source>
        <translation>パネル「{0}」を更新できませんでした: {1}: {2}</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Plot Options</source>
        <translation>グラフの設定</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>間引き</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Predict first!
Press Space to reveal.</source>
        <translation>まず予想しよう！
Space キーで答えを表示。</translation>
    </message>
</context>
<context>
    <name>ProbesPanel</name>
    <message>
        <source>shift x (px)</source>
        <translation>x 方向の移動 (px)</translation>
    </message>
    <message>
        <source>shift y (px)</source>
        <translation>y 方向の移動 (px)</translation>
    </message>
    <message>
        <source>scale (×)</source>
        <translation>拡大率 (×)</translation>
    </message>
    <message>
        <source>rotation (°)</source>
        <translation>回転 (°)</translation>
    </message>
    <message>
        <source>stroke (px)</source>
        <translation>線の太さ (px)</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>Translation map: the drawing moved to every position</source>
        <translation>平行移動マップ: 絵をあらゆる位置に動かす</translation>
    </message>
    <message>
        <source>P(</source>
        <translation>P(</translation>
    </message>
    <message>
        <source>)  grid</source>
        <translation>)  グリッド</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Run the probes again when the drawing or the model changes</source>
        <translation>絵やモデルが変わったらプローブをもう一度実行します</translation>
    </message>
    <message>
        <source>Draw something: each cell is where the drawing&apos;s centre was moved; the ring is where you drew it.</source>
        <translation>何か描いてください。各セルは絵の中心を移動した先で、輪は描いた位置です。</translation>
    </message>
    <message>
        <source>Transform the drawing</source>
        <translation>絵を変形する</translation>
    </message>
    <message>
        <source>network input</source>
        <translation>ネットワークの入力</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Draw something to transform it.</source>
        <translation>変形するには何か描いてください。</translation>
    </message>
    <message>
        <source>Transformed: </source>
        <translation>変形後: </translation>
    </message>
    <message>
        <source>The canvas is blank: draw something to probe.</source>
        <translation>キャンバスが空白です。プローブするには何か描いてください。</translation>
    </message>
    <message>
        <source>Cancelled; grey cells were not computed.</source>
        <translation>取り消しました。灰色のセルは計算されていません。</translation>
    </message>
    <message>
        <source>Probe failed: {0}</source>
        <translation>プローブに失敗しました: {0}</translation>
    </message>
    <message>
        <source>P({0}) where you drew it: {1:.2f} · above 0.5 at {2:.0%} of positions · lowest {3:.2f}</source>
        <translation>描いた位置での P({0}): {1:.2f} · 0.5 を超える位置 {2:.0%} · 最低 {3:.2f}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>prediction</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>{0} % sure</source>
        <translation>確率 {0} %</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <source>(logits)</source>
        <translation>（ロジット）</translation>
    </message>
    <message>
        <source>Draw something</source>
        <translation>何か描いてください</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>StageFocus</name>
    <message>
        <source>&amp;Focus the stage under the pointer</source>
        <translation>ポインタの下の段を拡大(&amp;F)</translation>
    </message>
    <message>
        <source>Enlarge one stage over the pipeline (F, or click its title); Esc returns</source>
        <translation>一つの段をパイプラインの上に拡大表示 (F キー、またはタイトルをクリック); Esc で戻る</translation>
    </message>
</context>
<context>
    <name>StepperPanel</name>
    <message>
        <source>The convolution or pooling layer to step through</source>
        <translation>1 ステップずつ進める畳み込み層またはプーリング層</translation>
    </message>
    <message>
        <source>Which output channel (filter) to compute</source>
        <translation>計算する出力チャネル（フィルタ）</translation>
    </message>
    <message>
        <source>Which input channel to show under the window (all channels are summed)</source>
        <translation>窓の下に表示する入力チャネル（全チャネルを合計します）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>output channel</source>
        <translation>出力チャネル</translation>
    </message>
    <message>
        <source>shown input channel</source>
        <translation>表示する入力チャネル</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>Back to the first cell (Home)</source>
        <translation>最初のセルに戻る (Home)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Step back (,)</source>
        <translation>1 ステップ戻る (,)</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <source>Play or pause (K)</source>
        <translation>再生／一時停止 (K)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Step forward (.)</source>
        <translation>1 ステップ進む (.)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Compute every cell (End)</source>
        <translation>すべてのセルを計算 (End)</translation>
    </message>
    <message>
        <source>Steps per second ([ slower, ] faster)</source>
        <translation>1 秒あたりのステップ数（[ で遅く、] で速く）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 一時停止</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n ステップ/秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw something: the stepper follows the drawing.</source>
        <translation>何か描いてください。ステップ表示は絵に追従します。</translation>
    </message>
    <message>
        <source>, padding %1 (dashed)</source>
        <translation>、パディング %1（破線）</translation>
    </message>
    <message>
        <source>%1 channel %2%3</source>
        <translation>%1 チャネル %2%3</translation>
    </message>
    <message>
        <source>%1 channel %2</source>
        <translation>%1 チャネル %2</translation>
    </message>
    <message>
        <source>cell (%1, %2) = %3  ·  step %4 of %5  ·  stride %6</source>
        <translation>セル (%1, %2) = %3  ·  ステップ %4 / %5  ·  ストライド %6</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Scrub through the drawing (Alt+Left / Alt+Right)</source>
        <translation>絵の描画順をたどります (Alt+← / Alt+→)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Replay the drawing from its first point (F8)</source>
        <translation>絵を最初の点から再生します (F8)</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3 %)</source>
        <translation>%2 点中 %1 点（%3 %）</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>集めた絵</translation>
    </message>
    <message>
        <source>Generated ○ and × sketches mixed into the training data</source>
        <translation>学習データに混ぜる、生成した ○ と × のスケッチ</translation>
    </message>
    <message>
        <source>+ synthetic sketches</source>
        <translation>+ 合成スケッチ</translation>
    </message>
    <message>
        <source>augment</source>
        <translation>データ拡張</translation>
    </message>
    <message>
        <source> copies each</source>
        <translation> 枚ずつ複製</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>あなたの絵</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>拡大縮小</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>stroke width</source>
        <translation>線の太さ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>from scratch</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>fine-tune the current model</source>
        <translation>今のモデルを追加学習</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>構造</translation>
    </message>
    <message>
        <source>random filters (He)</source>
        <translation>ランダムなフィルタ（He）</translation>
    </message>
    <message>
        <source>lecture-ox&apos;s hand-set filters</source>
        <translation>lecture-ox の手で設定したフィルタ</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>開始点</translation>
    </message>
    <message>
        <source>dot product (standard)</source>
        <translation>内積（標準）</translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation>コサイン類似度</translation>
    </message>
    <message>
        <source>radial basis (Gaussian of distance)</source>
        <translation>動径基底（距離のガウス関数）</translation>
    </message>
    <message>
        <source>Conv similarity</source>
        <translation>畳み込みの類似度</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>epochs </source>
        <translation>エポック </translation>
    </message>
    <message>
        <source>rate </source>
        <translation>学習率 </translation>
    </message>
    <message>
        <source>batch </source>
        <translation>バッチ </translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Save trained model…</source>
        <translation>学習したモデルを保存…</translation>
    </message>
    <message>
        <source>Collect drawings (Ctrl+1 / Ctrl+2), then train.</source>
        <translation>絵を集めて（Ctrl+1 / Ctrl+2）から学習してください。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>First convolution&apos;s filters: before → after</source>
        <translation>最初の畳み込みのフィルタ: 学習前 → 学習後</translation>
    </message>
    <message>
        <source>{0} drawings ({1} ○, {2} ×)</source>
        <translation>{0} 枚（○ {1}、× {2}）</translation>
    </message>
    <message>
        <source>there is no current model to fine-tune</source>
        <translation>追加学習する今のモデルがありません</translation>
    </message>
    <message>
        <source>the current model&apos;s classes are {0}; the collection has {1}</source>
        <translation>今のモデルのクラスは {0} ですが、コレクションのクラスは {1} です</translation>
    </message>
    <message>
        <source>{0} (training)</source>
        <translation>{0}（学習中）</translation>
    </message>
    <message>
        <source>Nothing to train on: collect drawings (Ctrl+1 / Ctrl+2) or add synthetic sketches</source>
        <translation>学習するデータがありません: 絵を集める（Ctrl+1 / Ctrl+2）か、合成スケッチを加えてください</translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation>データを準備しています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>取り消しています…</translation>
    </message>
    <message>
        <source>Training on {0} samples ({1} from your drawings, {2} synthetic); validating on {3}</source>
        <translation>{0} サンプルで学習中（あなたの絵から {1}、合成 {2}）。検証は {3}</translation>
    </message>
    <message>
        <source>epoch {0}: train accuracy {1:.0%}</source>
        <translation>エポック {0}: 学習データの正解率 {1:.0%}</translation>
    </message>
    <message>
        <source>, validation {0:.0%}</source>
        <translation>、検証 {0:.0%}</translation>
    </message>
    <message>
        <source>Training failed: {0}</source>
        <translation>学習に失敗しました: {0}</translation>
    </message>
    <message>
        <source>Cancelled after {0} steps; the model keeps the weights shown</source>
        <translation>{0} ステップで取り消しました。モデルは表示中の重みのままです</translation>
    </message>
    <message>
        <source>Done: train accuracy {0:.0%}</source>
        <translation>完了: 学習データの正解率 {0:.0%}</translation>
    </message>
    <message>
        <source>. Save it with “Save trained model…”.</source>
        <translation>。「学習したモデルを保存…」で保存できます。</translation>
    </message>
    <message numerus="yes">
        <source>trained for %n epoch(s)</source>
        <translation>
            <numerusform>%n エポック学習しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained for %n step(s), then stopped</source>
        <translation>
            <numerusform>%n ステップ学習して停止しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Save trained model</source>
        <translation>学習したモデルを保存</translation>
    </message>
    <message>
        <source>cnnviz models (*.json)</source>
        <translation>cnnviz モデル (*.json)</translation>
    </message>
    <message>
        <source>Saved {0}; open it like any model file</source>
        <translation>{0} を保存しました。ほかのモデルファイルと同じように開けます</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>表示範囲の設定</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>軸</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>マウス操作</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>3 ボタン</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>1 ボタン</translation>
    </message>
</context>
</TS>
