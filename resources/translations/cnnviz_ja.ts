<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArchitectureEditor</name>
    <message>
        <source>The model&apos;s layers in order; an inserted layer goes after the selected one</source>
        <translation>モデルの層（順番どおり）。挿入した層は選択中の層の後ろに入ります</translation>
    </message>
    <message>
        <source>Insert layer…</source>
        <translation>層を挿入…</translation>
    </message>
    <message>
        <source>Insert a layer of this type after the selected layer</source>
        <translation>この種類の層を選択中の層の後ろに挿入します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Filters of the selected layer</source>
        <translation>選択中の層のフィルタ数</translation>
    </message>
    <message>
        <source>Outputs of the selected dense layer</source>
        <translation>選択中の全結合層の出力数</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>構造</translation>
    </message>
    <message>
        <source>Shape flow</source>
        <translation>形の流れ（各層の出力サイズ）</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>畳み込み層</translation>
    </message>
    <message>
        <source>transposed convolution</source>
        <translation>転置畳み込み層</translation>
    </message>
    <message>
        <source>upsampling</source>
        <translation>アップサンプリング</translation>
    </message>
    <message>
        <source>activation (ReLU)</source>
        <translation>活性化関数 (ReLU)</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>プーリング層</translation>
    </message>
    <message>
        <source>flatten</source>
        <translation>平坦化</translation>
    </message>
    <message>
        <source>dense layer</source>
        <translation>全結合層</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>{0} parameters (dense: {1})</source>
        <translation>パラメータ {0} 個（全結合なら {1} 個）</translation>
    </message>
    <message>
        <source>{0} parameters; an all-dense network through the same sizes would have {1}</source>
        <translation>パラメータ {0} 個。同じサイズを全結合層だけでつなぐと {1} 個になります</translation>
    </message>
</context>
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
    <name>BackwardMode</name>
    <message>
        <source>∂L/∂w: the window slides over the input again</source>
        <translation>∂L/∂w: 窓がもう一度入力の上をスライドする</translation>
    </message>
    <message>
        <source>∂L/∂x: full convolution with the filter rotated 180°</source>
        <translation>∂L/∂x: 180° 回転したフィルタとのフル畳み込み</translation>
    </message>
    <message>
        <source>Which gradient of the convolution to build up step by step</source>
        <translation>畳み込みのどの勾配を一歩ずつ組み立てるか</translation>
    </message>
    <message>
        <source>Skip steps that add 0</source>
        <translation>0 を足すステップを飛ばす</translation>
    </message>
    <message>
        <source>Forward, Back and Play jump over the positions whose gradient is 0 (ReLU blocked it, or it lost its pooling window): they add nothing</source>
        <translation>「進む」「戻る」「再生」で、勾配が 0 の位置（ReLU が止めたか、プーリングの窓で勝たなかった）を飛ばします: そこでは何も加わりません</translation>
    </message>
    <message>
        <source>The backward mode steps through convolutions: choose a convolution layer.</source>
        <translation>誤差逆伝播モードは畳み込み層を一歩ずつたどります: 畳み込み層を選んでください。</translation>
    </message>
    <message>
        <source>Draw something: the stepper follows the drawing.</source>
        <translation>何か描いてください。ステップ表示は絵に追従します。</translation>
    </message>
    <message>
        <source>%1 channel %2</source>
        <translation>%1 チャネル %2</translation>
    </message>
    <message>
        <source>∂L/∂y of %1[%2]</source>
        <translation>%1[%2] の ∂L/∂y</translation>
    </message>
    <message>
        <source>∂L/∂w[%1, %2] so far</source>
        <translation>ここまでの ∂L/∂w[%1, %2]</translation>
    </message>
    <message>
        <source>input patch, turned 180°</source>
        <translation>入力パッチ (180° 回転)</translation>
    </message>
    <message>
        <source>input patch</source>
        <translation>入力パッチ</translation>
    </message>
    <message>
        <source>added</source>
        <translation>加える量</translation>
    </message>
    <message>
        <source>∂L/∂w so far</source>
        <translation>ここまでの ∂L/∂w</translation>
    </message>
    <message>
        <source>Output cell (%1, %2) receives ∂L/∂y = %3. The window lies on the same input patch as in the forward pass; ∂L/∂w[%4, %5] += %3 × patch.</source>
        <translation>出力セル (%1, %2) に届いた勾配は ∂L/∂y = %3。窓は順伝播のときと同じ入力パッチの上にあります: ∂L/∂w[%4, %5] += %3 × パッチ。</translation>
    </message>
    <message>
        <source>Its gradient is 0 (ReLU blocked it, or it did not win its pooling window): this position adds nothing.</source>
        <translation>このセルの勾配は 0 です (ReLU が止めたか、プーリングの窓で勝たなかった): この位置は何も加えません。</translation>
    </message>
    <message>
        <source>All %1 positions added: this is the engine&apos;s ∂L/∂w[%2, %3].</source>
        <translation>%1 個の位置をすべて加えました: これがエンジンの ∂L/∂w[%2, %3] です。</translation>
    </message>
    <message>
        <source>backward: ∂L/∂w  ·  step %1 of %2  ·  output cell (%3, %4)</source>
        <translation>誤差逆伝播: ∂L/∂w  ·  ステップ %1 / %2  ·  出力セル (%3, %4)</translation>
    </message>
    <message>
        <source>∂L/∂y of %1[%2], padded</source>
        <translation>%1[%2] の ∂L/∂y (0で囲んだもの)</translation>
    </message>
    <message>
        <source>∂L/∂x of %1[%2]</source>
        <translation>%1[%2] の ∂L/∂x</translation>
    </message>
    <message>
        <source>filter %1, 180°</source>
        <translation>フィルタ %1、180°</translation>
    </message>
    <message>
        <source>The window shows filter %1&apos;s part: the filter rotated 180° over its upstream gradient. Every filter adds its part; the sum is ∂L/∂x at (%2, %3).</source>
        <translation>窓はフィルタ %1 の分を示します: 180° 回転したフィルタを上流の勾配に重ねたものです。各フィルタが自分の分を加え、その和が (%2, %3) の ∂L/∂x です。</translation>
    </message>
    <message>
        <source>backward: ∂L/∂x  ·  step %1 of %2  ·  input cell (%3, %4) = %5</source>
        <translation>誤差逆伝播: ∂L/∂x  ·  ステップ %1 / %2  ·  入力セル (%3, %4) = %5</translation>
    </message>
</context>
<context>
    <name>BackwardPanel</name>
    <message>
        <source>Target class</source>
        <translation>目標クラス</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <source>Step: w ← w − η·∂L/∂w</source>
        <translation>1ステップ学習: w ← w − η·∂L/∂w</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>ステップを取り消す</translation>
    </message>
    <message>
        <source>Takes the last learning step back exactly (the model&apos;s edit history). The toolbar&apos;s Undo and Ctrl+Z undo strokes of the drawing.</source>
        <translation>最後の学習ステップを正確に取り消します（モデルの編集履歴）。ツールバーの「元に戻す」と Ctrl+Z は絵のストロークを取り消します。</translation>
    </message>
    <message>
        <source>Click a gradient cell, a ∂L/∂w tile or a ∂L/∂b cell to see how the backward pass computed it.</source>
        <translation>勾配のセル、∂L/∂w のタイル、∂L/∂b のセルをクリックすると、誤差逆伝播がそれをどう計算したかが表示されます。</translation>
    </message>
    <message>
        <source>the predicted class</source>
        <translation>予測されたクラス</translation>
    </message>
    <message>
        <source>{0}: weights and biases</source>
        <translation>{0}: 重みとバイアス</translation>
    </message>
    <message>
        <source>{0} (logits): where the backward pass starts</source>
        <translation>{0}（ロジット）: 誤差逆伝播が始まるところ</translation>
    </message>
    <message>
        <source>logits z</source>
        <translation>ロジット z</translation>
    </message>
    <message>
        <source>∂L/∂z = p − one-hot</source>
        <translation>∂L/∂z = p − one-hot</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>特徴マップ</translation>
    </message>
    <message>
        <source>gradient ∂L/∂(output)</source>
        <translation>勾配 ∂L/∂(出力)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>gradient ∂L/∂x</source>
        <translation>勾配 ∂L/∂x</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>∂L/∂w</source>
        <translation>∂L/∂w</translation>
    </message>
    <message>
        <source>biases b</source>
        <translation>バイアス b</translation>
    </message>
    <message>
        <source>∂L/∂b</source>
        <translation>∂L/∂b</translation>
    </message>
    <message>
        <source>the predicted class ({0})</source>
        <translation>予測されたクラス（{0}）</translation>
    </message>
    <message>
        <source>loss = −log p({0}) = {1}</source>
        <translation>損失 = −log p({0}) = {1}</translation>
    </message>
    <message>
        <source>The backward pass starts at the logits: softmax − one-hot</source>
        <translation>誤差逆伝播はロジットから始まる: softmax − one-hot</translation>
    </message>
    <message>
        <source>before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>後</translation>
    </message>
    <message>
        <source>{0}: filters before → after</source>
        <translation>{0}: フィルタの変化 前 → 後</translation>
    </message>
    <message>
        <source>the change −η·∂L/∂w</source>
        <translation>変化量 −η·∂L/∂w</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>No camera picture yet</source>
        <translation>カメラの映像はまだありません</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>カメラを開始</translation>
    </message>
    <message>
        <source>Use the camera&apos;s live picture as the network&apos;s input</source>
        <translation>カメラのライブ映像をネットワークの入力にする</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>静止</translation>
    </message>
    <message>
        <source>Hold the current frame so the inspector can be used on it</source>
        <translation>今のフレームを止めて、インスペクタで調べられるようにする</translation>
    </message>
    <message>
        <source>To canvas</source>
        <translation>キャンバスへ</translation>
    </message>
    <message>
        <source>Put this frame on the canvas as a picture: draw on it, or add it to the collection (the camera is released)</source>
        <translation>このフレームを画像としてキャンバスに置く：上に描いたり、コレクションに加えたりできます（カメラは解放されます）</translation>
    </message>
    <message>
        <source>Back to drawing</source>
        <translation>描画に戻る</translation>
    </message>
    <message>
        <source>Release the camera and classify the canvas again</source>
        <translation>カメラを解放し、キャンバスを再び分類する</translation>
    </message>
    <message>
        <source>The camera frame is on the canvas; Undo takes it back.</source>
        <translation>カメラのフレームをキャンバスに置きました。元に戻すで取り消せます。</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Live: every frame goes through the network.</source>
        <translation>ライブ：すべてのフレームがネットワークを通ります。</translation>
    </message>
    <message>
        <source>Frozen: point at the panels to inspect this frame.</source>
        <translation>静止中：パネルを指してこのフレームを調べられます。</translation>
    </message>
    <message>
        <source>Camera released; the last frame is still the input.</source>
        <translation>カメラは解放されました。最後のフレームが入力のままです。</translation>
    </message>
    <message>
        <source>The canvas is the input.</source>
        <translation>キャンバスが入力です。</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Classify the camera&apos;s live picture (Ctrl+Shift+C)</source>
        <translation>カメラのライブ映像を分類する (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>ClassCounts</name>
    <message>
        <source>, </source>
        <comment>between the classes of a list of counts</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{0} drawings: {1}</source>
        <translation>{0} 枚の絵：{1}</translation>
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
    <message>
        <source>triangle</source>
        <translation>三角</translation>
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
        <source>The collection&apos;s classes, in order: Ctrl+1 to Ctrl+9 add the canvas to class 1 to 9</source>
        <translation>コレクションのクラス（順番どおり）：Ctrl+1〜Ctrl+9 でキャンバスをクラス 1〜9 に加えます</translation>
    </message>
    <message>
        <source>Add to class</source>
        <translation>クラスに追加</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>新しいクラス…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Add to class %1</source>
        <translation>クラス %1 に追加</translation>
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
        <source>Import class folders…</source>
        <translation>クラスのフォルダを読み込む…</translation>
    </message>
    <message>
        <source>A folder with one subfolder of images per class: each subfolder&apos;s name is the class</source>
        <translation>クラスごとに画像のサブフォルダを 1 つ持つフォルダ：サブフォルダの名前がクラスです</translation>
    </message>
    <message>
        <source>There is no class {0}: the collection has {1} classes</source>
        <translation>クラス {0} はありません：コレクションのクラスは {1} 個です</translation>
    </message>
    <message>
        <source>Class {0} removed; its {1} drawings were moved to {2}</source>
        <translation>クラス {0} を削除しました。その絵 {1} 枚は {2} に移しました</translation>
    </message>
    <message>
        <source>{0} more images not read: the collection holds at most {1} drawings</source>
        <translation>さらに {0} 枚の画像は読み込んでいません：コレクションに入るのは最大 {1} 枚です</translation>
    </message>
    <message>
        <source>Import a folder with one image folder per class</source>
        <translation>クラスごとに画像フォルダを持つフォルダを読み込む</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>新しいクラス</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>新しいクラスの名前：</translation>
    </message>
    <message>
        <source>Add to class  (Ctrl+%1)</source>
        <translation>クラスに追加 (Ctrl+%1)</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>クラスの名前を変更</translation>
    </message>
    <message>
        <source>New name for {0}:</source>
        <translation>{0} の新しい名前：</translation>
    </message>
    <message>
        <source>Remove the class {0}? Its {1} drawings leave the collection and are moved to a folder beside it (nothing is deleted).</source>
        <translation>クラス {0} を削除しますか？その絵 {1} 枚はコレクションから外れ、隣のフォルダに移されます（何も消えません）。</translation>
    </message>
    <message>
        <source>Remove the class {0}? It has no drawings.</source>
        <translation>クラス {0} を削除しますか？絵はありません。</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>クラスを削除</translation>
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
        <source>Add as %1  (Ctrl+%2)</source>
        <translation>%1として追加 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Imported {0} drawings</source>
        <translation>{0} 枚の絵を読み込みました</translation>
    </message>
    <message>
        <source>Added as {0} ({1})</source>
        <translation>{0} として追加（{1}）</translation>
    </message>
    <message>
        <source>; {0} skipped:
</source>
        <translation>。{0} 件をスキップ:
</translation>
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
    <name>DataChoice</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>集めた絵</translation>
    </message>
    <message>
        <source>Generated sketches mixed into the training data: only for classes named circle, cross or triangle (0 for classes of your own)</source>
        <translation>学習データに混ぜる生成スケッチ: クラス名が circle、cross、triangle のときだけ使えます（自分で名付けたクラスでは 0 に）</translation>
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
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a ○ or a × here</source>
        <translation>ここに ○ か × を描いてください</translation>
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
        <source>Backward pass</source>
        <translation>誤差逆伝播</translation>
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
    <message>
        <source>Add as %1</source>
        <translation>%1として追加</translation>
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
    <name>FiltersBeforeAfter</name>
    <message>
        <source>First convolution&apos;s filters: before → after</source>
        <translation>最初の畳み込みのフィルタ: 学習前 → 学習後</translation>
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
    <message>
        <source>Everything here can be pointed at and clicked: map cells, filters, bars, stage titles.</source>
        <translation>ここにあるものはすべて指してクリックできます：特徴マップのセル、フィルター、棒グラフ、層のタイトル。</translation>
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
        <source>← → stages · ↑ ↓ maps · click a cell to read the values · Esc back</source>
        <translation>← → 段 · ↑ ↓ 特徴マップ · セルをクリックで値を読む · Esc で戻る</translation>
    </message>
    <message>
        <source>drag to see the rest · the wheel zooms</source>
        <translation>ドラッグで残りを表示 · ホイールで拡大縮小</translation>
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
        <source>Esc back</source>
        <translation>Esc で戻る</translation>
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
    <name>Guard</name>
    <message>
        <source>There was not enough memory for that; the window is unchanged.</source>
        <translation>その操作に必要なメモリが足りませんでした。ウィンドウは変わっていません。</translation>
    </message>
    <message>
        <source>That input is nested too deeply to be read; the window is unchanged.</source>
        <translation>入力の入れ子が深すぎて読み込めません。ウィンドウは変わっていません。</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>うまくいきませんでした: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}: {1}); the window is still usable. Please report this (the details are in the log).</source>
        <translation>問題が発生しました ({0}: {1})。ウィンドウはそのまま使えます。この問題を報告してください (詳細はログにあります)。</translation>
    </message>
</context>
<context>
    <name>ImageInput</name>
    <message>
        <source>Open image…</source>
        <translation>画像を開く…</translation>
    </message>
    <message>
        <source>Put a picture on the canvas as the input (Ctrl+I)</source>
        <translation>画像を入力としてキャンバスに置く (Ctrl+I)</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>画像を貼り付け</translation>
    </message>
    <message>
        <source>Put the picture on the clipboard on the canvas (Ctrl+V)</source>
        <translation>クリップボードの画像をキャンバスに置く (Ctrl+V)</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>Images (%s);;All files (*)</source>
        <translation>画像 (%s);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The picture on the clipboard is too large: %1 x %2 pixels, over the limit of %3.</source>
        <translation>クリップボードの画像が大きすぎます: %1 x %2 ピクセルで、上限の %3 を超えています。</translation>
    </message>
    <message>
        <source>The clipboard holds no picture: copy an image or an image file first.</source>
        <translation>クリップボードに画像がありません。先に画像か画像ファイルをコピーしてください。</translation>
    </message>
    <message>
        <source>Only an image file can be dropped on the canvas.</source>
        <translation>キャンバスにドロップできるのは画像ファイルだけです。</translation>
    </message>
    <message>
        <source>The picture (%1 x %2) was resized to fit the %3 x %3 canvas; Undo takes it back.</source>
        <translation>画像 (%1 x %2) を %3 x %3 のキャンバスに合わせて縮尺しました。元に戻すで取り消せます。</translation>
    </message>
    <message>
        <source>Picture on the canvas; Undo takes it back.</source>
        <translation>画像をキャンバスに置きました。元に戻すで取り消せます。</translation>
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
        <source>Click a cell to pin it. The softmax and logit bars explain a class; click a filter to edit it, or a stage’s title to enlarge the stage.</source>
        <translation>セルをクリックすると固定されます。softmax とロジットのバーはクラスを説明し、フィルタをクリックするとエディタで開き、段のタイトルをクリックするとその段を拡大します。</translation>
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
        <source>(patch − filter)²</source>
        <translation>(パッチ − フィルタ)²</translation>
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
        <source>colour channel {0}: the {0} patch × filter {1}&apos;s {0} kernel, summed = {2}</source>
        <translation>色チャネル {0}: {0} のパッチ × フィルタ {1} の {0} カーネルの和 = {2}</translation>
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
        <source>distance² = sum of the {0} squared differences = {1}</source>
        <translation>距離² = {0} 個の差の二乗の和 = {1}</translation>
    </message>
    <message>
        <source>similarity = exp(−{0} × distance²) = {1}</source>
        <translation>類似度 = exp(−{0} × 距離²) = {1}</translation>
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
        <source>&lt;b&gt;As a distance&lt;/b&gt; between two vectors of {0} numbers: |patch − filter| = {1}. The similarity exp(−γ · distance²) is 1 when the patch is exactly the filter and falls towards 0 the further apart they are; unlike an inner product, it does not grow with more ink.</source>
        <translation>&lt;b&gt;距離として&lt;/b&gt;：{0} 個の数のベクトル 2 つの間の距離 |パッチ − フィルタ| = {1}。類似度 exp(−γ · 距離²) はパッチがフィルタとまったく同じとき 1 で、離れるほど 0 に近づきます。内積と違い、インクが濃くなっても大きくなりません。</translation>
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
        <source>{0} · channel {1}, row {2}, col {3}</source>
        <translation>{0} · チャネル {1}、行 {2}、列 {3}</translation>
    </message>
    <message>
        <source>Channel {0} is standardised like the training data: its mean becomes 0 and its spread 1.</source>
        <translation>チャネル {0} は学習データと同じように標準化されます：平均が 0、ばらつき（標準偏差）が 1 になります。</translation>
    </message>
    <message>
        <source>Standardisation is switched off: the network sees x = {0} unchanged (as if mean 0 and std 1).</source>
        <translation>標準化はオフです：ネットワークは x = {0} をそのまま見ます（平均 0、標準偏差 1 の場合と同じ）。</translation>
    </message>
    <message>
        <source>Like the training data it would see {0}.</source>
        <translation>学習データと同じように標準化すれば {0} を見ることになります。</translation>
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
    <message>
        <source>Transposed convolution of {0}: {1}.</source>
        <translation>{0} の転置畳み込み：{1}。</translation>
    </message>
    <message>
        <source>input cell (channel, row, col)</source>
        <translation>入力セル（チャネル, 行, 列）</translation>
    </message>
    <message>
        <source>filter {0} entry [u, v]</source>
        <translation>フィルタ {0} の要素 [u, v]</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>product</source>
        <translation>積</translation>
    </message>
    <message>
        <source>{0} smaller stamps, summed: {1}</source>
        <translation>より小さいスタンプ {0} 個の合計：{1}</translation>
    </message>
    <message>
        <source>{0} stamps overlap on this cell: sum {1}; + bias {2} = {3}</source>
        <translation>このセルでは {0} 個のスタンプが重なる：合計 {1}; + バイアス {2} = {3}</translation>
    </message>
    <message>
        <source>  (and {0} products of 0)</source>
        <translation>  （ほかに 0 の積が {0} 個）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link to backpropagation:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;誤差逆伝播とのつながり：&lt;/b&gt;{0}。</translation>
    </message>
    <message>
        <source>Upsampling of {0} ({1}, scale {2}): no learnt weights; the cell is a weighted sum of the input cells it reads.</source>
        <translation>{0} のアップサンプリング（{1}、倍率 {2}）：学習される重みはなく、セルは読み取る入力セルの重み付き和です。</translation>
    </message>
    <message>
        <source>∂L/∂w · {0} · filter {1}, input channel {2}, weight ({3}, {4})</source>
        <translation>∂L/∂w · {0} · フィルタ {1}、入力チャネル {2}、重み ({3}, {4})</translation>
    </message>
    <message>
        <source>∂L/∂W · {0} · output {1}, input feature {2}</source>
        <translation>∂L/∂W · {0} · 出力 {1}、入力特徴 {2}</translation>
    </message>
    <message>
        <source>∂L/∂b · {0} · output {1}</source>
        <translation>∂L/∂b · {0} · 出力 {1}</translation>
    </message>
    <message>
        <source>∂L/∂b · {0} · filter {1}</source>
        <translation>∂L/∂b · {0} · フィルタ {1}</translation>
    </message>
    <message>
        <source>∂L/∂({0}) · class {1}</source>
        <translation>∂L/∂({0}) · クラス {1}</translation>
    </message>
    <message>
        <source>∂L/∂({0}) · map {1} · row {2}, col {3}</source>
        <translation>∂L/∂({0}) · マップ {1} · 行 {2}、列 {3}</translation>
    </message>
    <message>
        <source>∂L/∂({0}) · unit {1}</source>
        <translation>∂L/∂({0}) · ユニット {1}</translation>
    </message>
    <message>
        <source>The same {0} × {1} positions as the forward pass (stride {2}, padding {3}); largest products first.</source>
        <translation>順伝播と同じ {0} × {1} 個の位置 (ストライド {2}、パディング {3}) です。積の大きいものから並べています。</translation>
    </message>
    <message>
        <source>This weight carries input feature {0} to output {1}: its gradient is the gradient arriving at output {1} times the value that came in on feature {0}.</source>
        <translation>この重みは入力特徴 {0} を出力 {1} へ運びます: その勾配は、出力 {1} に届いた勾配 × 特徴 {0} から入ってきた値です。</translation>
    </message>
    <message>
        <source>One term per output cell of map {0} ({1} × {2}): the gradient ∂L/∂y arriving there, times 1. Largest first.</source>
        <translation>特徴マップ {0} ({1} × {2}) の出力セルごとに 1 項: そこに届いた勾配 ∂L/∂y × 1。大きいものから順に。</translation>
    </message>
    <message>
        <source>Backward pass through {0} ({1}), the layer after this stage: the gradient arriving from above is multiplied by the activation&apos;s slope at this cell.</source>
        <translation>この段の次の層 {0} ({1}) を通る誤差逆伝播: 上から届いた勾配に、このセルでの活性化関数の傾きを掛けます。</translation>
    </message>
    <message>
        <source>Backward pass through {0}: one row per pooling window that contains this cell.</source>
        <translation>{0} を通る誤差逆伝播: このセルを含むプーリングの窓ごとに 1 行です。</translation>
    </message>
    <message>
        <source>Backward pass through {0}: every output k sends back its gradient ∂L/∂z[k] times the weight that connects it to this feature. Largest products first.</source>
        <translation>{0} を通る誤差逆伝播: 各出力 k は自分の勾配 ∂L/∂z[k] に、この特徴とつなぐ重みを掛けて送り返します。積の大きいものから並べています。</translation>
    </message>
    <message>
        <source>The loss of this drawing is L = −log p({0}), the cross-entropy with target class {0}.</source>
        <translation>この絵の損失は L = −log p({0})、目標クラス {0} との交差エントロピーです。</translation>
    </message>
    <message>
        <source>Backward pass through the flatten step: each gradient goes back to the cell it came from.</source>
        <translation>平坦化 (Flatten) を通る誤差逆伝播: 各勾配は元のセルへ戻ります。</translation>
    </message>
    <message>
        <source>the other {0} terms: all exactly 0</source>
        <translation>残りの {0} 項はすべてちょうど 0</translation>
    </message>
    <message>
        <source>the other {0} terms, together ({1} of them exactly 0)</source>
        <translation>残りの {0} 項の合計 (うち {1} 項はちょうど 0)</translation>
    </message>
    <message>
        <source>the other {0} terms, together</source>
        <translation>残りの {0} 項の合計</translation>
    </message>
    <message>
        <source>× input under w</source>
        <translation>× w の下の入力</translation>
    </message>
    <message>
        <source>× ∂y/∂w there</source>
        <translation>× そこでの ∂y/∂w</translation>
    </message>
    <message>
        <source>output cell</source>
        <translation>出力セル</translation>
    </message>
    <message>
        <source>∂L/∂y there</source>
        <translation>そこでの ∂L/∂y</translation>
    </message>
    <message>
        <source>input cell</source>
        <translation>入力セル</translation>
    </message>
    <message>
        <source>= product</source>
        <translation>= 積</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>output k</source>
        <translation>出力 k</translation>
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
        <translation>窓</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>勝者</translation>
    </message>
    <message>
        <source>upstream ∂L/∂y</source>
        <translation>上流の勾配 ∂L/∂y</translation>
    </message>
    <message>
        <source>× share</source>
        <translation>× 取り分</translation>
    </message>
    <message>
        <source>rows {0}–{1}, cols {2}–{3}</source>
        <translation>行 {0}–{1}、列 {2}–{3}</translation>
    </message>
    <message>
        <source>filter rotated 180°</source>
        <translation>180° 回転したフィルタ</translation>
    </message>
    <message>
        <source>∂y/∂x there</source>
        <translation>そこでの ∂y/∂x</translation>
    </message>
    <message>
        <source>filter {0}: summed = {1}</source>
        <translation>フィルタ {0}: 和 = {1}</translation>
    </message>
    <message>
        <source>∂L/∂y at output cell ({0}, {1})</source>
        <translation>出力セル ({0}, {1}) での ∂L/∂y</translation>
    </message>
    <message>
        <source>no output cell&apos;s window puts this weight here</source>
        <translation>この重みをここに置く出力セルの窓はありません</translation>
    </message>
    <message>
        <source>the other {0} filters: partial sums </source>
        <translation>残りの {0} 個のフィルタ: 部分和 </translation>
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
        <source>Include the &amp;backward pass in the spreadsheet</source>
        <translation>スプレッドシートに誤差逆伝播を含める(&amp;B)</translation>
    </message>
    <message>
        <source>Adds a sheet whose formulas compute the gradient ∂L/∂w of the first convolution, for the target class of the Backward pass view</source>
        <translation>最初の畳み込み層の勾配 ∂L/∂w を数式で計算するシートを加えます（目標クラスは「誤差逆伝播」ビューのもの）</translation>
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
        <source>input</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>LectureFiles</name>
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
        <source>Prediction and softmax</source>
        <translation>予測とソフトマックス</translation>
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
    <message>
        <source>Could not export the table to %1: %2</source>
        <translation>表を %1 に書き出せませんでした: %2</translation>
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
        <source>Draw one of the model&apos;s %1 classes</source>
        <translation>モデルの %1 クラスのどれかを描こう</translation>
    </message>
    <message>
        <source>Draw one of: %1</source>
        <translation>%1 のどれかを描こう</translation>
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
        <source>Open…</source>
        <translation>開く…</translation>
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
        <source>Example</source>
        <translation>例</translation>
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
        <source>not enough memory</source>
        <translation>メモリが足りません</translation>
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
        <source>%1 · channel %2 of %3</source>
        <translation>%1 · チャネル %2 / %3</translation>
    </message>
    <message>
        <source>brightness</source>
        <translation>明るさ</translation>
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
    <message>
        <source>colour</source>
        <translation>カラー</translation>
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
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>操作が許可されていません</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>そのようなファイルやフォルダはありません</translation>
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
        <source>Disk quota exceeded</source>
        <translation>ディスクの割り当て容量を超えました</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>入出力エラーです</translation>
    </message>
    <message>
        <source>[Errno {number}] {reason}: {file}</source>
        <translation>[Errno {number}] {reason}: {file}</translation>
    </message>
    <message>
        <source>cannot write &apos;{file}&apos;: {reason}</source>
        <translation>「{file}」に書き込めません: {reason}</translation>
    </message>
    <message>
        <source>it is a directory, not a file name</source>
        <translation>フォルダです。ファイル名ではありません</translation>
    </message>
    <message>
        <source>&apos;{codec}&apos; codec can&apos;t decode byte {byte} in position {position}: {reason}</source>
        <translation>{codec} として位置 {position} のバイト {byte} を復号できません: {reason}</translation>
    </message>
    <message>
        <source>&apos;{codec}&apos; codec can&apos;t decode bytes in position {start}-{end}: {reason}</source>
        <translation>{codec} として位置 {start}〜{end} のバイトを復号できません: {reason}</translation>
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
        <source>the image is {width} x {height} = {pixels:,} pixels, over the limit of {limit:,} by {over:,}</source>
        <translation>画像は {width} × {height} = {pixels:,} ピクセルあり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes, over the limit of {limit:,}</source>
        <translation>ファイルが {size:,} バイトあり、上限 {limit:,} を超えている</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket)</source>
        <translation>通常のファイルではない (パイプ、デバイス、ソケット)</translation>
    </message>
    <message>
        <source>the file is {value:,} bytes, over the limit of {limit:,} by {over:,}</source>
        <translation>ファイルが {value:,} バイトあり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>the model has {value:,} classes, over the limit of {limit:,} by {over:,}</source>
        <translation>モデルのクラスが {value:,} 個あり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>the model has {value:,} layers, over the limit of {limit:,} by {over:,}</source>
        <translation>モデルの層が {value:,} 個あり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>the input has {value:,} cells (channels x height x width), over the limit of {limit:,} by {over:,}</source>
        <translation>入力のセルが {value:,} 個 (チャンネル × 高さ × 幅) あり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>the model has {value:,} parameters up to this layer, over the limit of {limit:,} by {over:,}</source>
        <translation>この層までのモデルのパラメータが {value:,} 個あり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>its output has {value:,} cells, over the limit of {limit:,} by {over:,}</source>
        <translation>出力のセルが {value:,} 個あり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>its unrolled patches have {value:,} cells (channels x kernel x output positions), over the limit of {limit:,} by {over:,}</source>
        <translation>展開したパッチのセルが {value:,} 個 (チャンネル × カーネル × 出力位置) あり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: {reason}</source>
        <translation>層「{layer}」: {reason}</translation>
    </message>
    <message>
        <source>similarity must be one of {choices}, got {similarity}</source>
        <translation>類似度は {choices} のいずれかでなければなりませんが、{similarity} でした</translation>
    </message>
    <message>
        <source>gamma must be a number &gt; 0, got {gamma}</source>
        <translation>ガンマは 0 より大きい数でなければなりませんが、{gamma} でした</translation>
    </message>
    <message>
        <source>kernel, channels and stride must be &gt;= 1 and padding &gt;= 0</source>
        <translation>カーネル、チャネル、ストライドは 1 以上、パディングは 0 以上でなければなりません</translation>
    </message>
    <message>
        <source>expects (channels, height, width) input, got {shape}</source>
        <translation>（チャネル, 高さ, 幅）の形の入力が必要ですが、{shape} でした</translation>
    </message>
    <message>
        <source>input has {channels} channels, its filters expect {expected}</source>
        <translation>入力のチャネル数は {channels} ですが、フィルタは {expected} を想定しています</translation>
    </message>
    <message>
        <source>a {kernel_height}x{kernel_width} kernel does not fit a {height}x{width} input</source>
        <translation>{kernel_height}x{kernel_width} のカーネルは {height}x{width} の入力に収まりません</translation>
    </message>
    <message>
        <source>unknown activation {function}; choose one of {choices}</source>
        <translation>不明な活性化関数 {function}。{choices} から選んでください</translation>
    </message>
    <message>
        <source>pooling mode must be one of {choices}, got {mode}</source>
        <translation>プーリングの方式は {choices} のいずれかでなければなりませんが、{mode} でした</translation>
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
        <source>cannot pool a {height}x{width} input onto a {grid_height}x{grid_width} grid</source>
        <translation>{height}x{width} の入力を {grid_height}x{grid_width} のグリッドにプーリングすることはできません</translation>
    </message>
    <message>
        <source>a {window_height}x{window_width} window does not fit a {height}x{width} input</source>
        <translation>{window_height}x{window_width} の窓は {height}x{width} の入力に収まりません</translation>
    </message>
    <message>
        <source>in_features and out_features must be &gt;= 1</source>
        <translation>in_features と out_features は 1 以上でなければなりません</translation>
    </message>
    <message>
        <source>expects a flat input of {features} features, got shape {shape} (add a flatten layer before it)</source>
        <translation>{features} 個の特徴からなる平らな入力が必要ですが、形は {shape} でした（前に flatten 層を入れてください）</translation>
    </message>
    <message>
        <source>gets {features} input features, its weights expect {expected}</source>
        <translation>入力の特徴は {features} 個ですが、重みは {expected} 個を想定しています</translation>
    </message>
    <message>
        <source>expects a flat vector of logits, got {shape}</source>
        <translation>ロジットの平らなベクトルが必要ですが、{shape} でした</translation>
    </message>
    <message>
        <source>kernel, channels and stride must be at least 1 and padding at least 0, got kernel {kernel}, channels {channels}, stride {stride}, padding {padding}</source>
        <translation>カーネル、チャンネル、ストライドは 1 以上、パディングは 0 以上でなければならない（指定値: カーネル {kernel}、チャンネル {channels}、ストライド {stride}、パディング {padding}）</translation>
    </message>
    <message>
        <source>output padding {output_padding} must be smaller than the stride {stride} (try output padding 0 to {largest})</source>
        <translation>出力パディング {output_padding} はストライド {stride} より小さくなければならない（出力パディングは 0〜{largest} を試すこと）</translation>
    </message>
    <message>
        <source>padding {padding} crops away the whole output of a {kernel} transposed convolution on a {size} input (out = (n - 1)s - 2p + k + output_padding would be {out}); use padding {largest} or less</source>
        <translation>パディング {padding} では、{size} の入力に対する {kernel} の転置畳み込みの出力がすべて切り取られてしまう（out = (n - 1)s - 2p + k + output_padding が {out} になる）。パディングは {largest} 以下にすること</translation>
    </message>
    <message>
        <source>upsampling mode must be one of {modes}, got {mode}</source>
        <translation>アップサンプリングのモードは {modes} のいずれかでなければならないが、{mode} が指定された</translation>
    </message>
    <message>
        <source>the upsampling scale must be a whole number from 1 to {limit}, got {scale}</source>
        <translation>アップサンプリングの倍率は 1〜{limit} の整数でなければならないが、{scale} が指定された</translation>
    </message>
    <message>
        <source>two layers are named &apos;{layer}&apos;; layer names must be unique</source>
        <translation>「{layer}」という名前の層が 2 つあります。層の名前は重複してはいけません</translation>
    </message>
    <message>
        <source>input shape must be (channels, height, width) &gt;= 1, got {shape}</source>
        <translation>入力の形は 1 以上の（チャネル, 高さ, 幅）でなければなりませんが、{shape} でした</translation>
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
        <source>the last layer gives shape {shape}, but there are {count} classes ({classes})</source>
        <translation>最後の層の出力の形は {shape} ですが、クラスは {count} 個あります（{classes}）</translation>
    </message>
    <message>
        <source>{key} has shape {shape}, expected {expected}</source>
        <translation>{key} の形は {shape} ですが、{expected} でなければなりません</translation>
    </message>
    <message>
        <source>model &apos;{model}&apos; expects input of shape {expected} (channels x height x width), got {shape}</source>
        <translation>モデル「{model}」の入力の形は {expected}（チャネル x 高さ x 幅）でなければなりませんが、{shape} でした</translation>
    </message>
    <message>
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
    <message>
        <source>layer {number}: {reason}</source>
        <translation>層 {number}: {reason}</translation>
    </message>
    <message>
        <source>layer {number} (&apos;{layer}&apos;): {reason}</source>
        <translation>層 {number}（「{layer}」）: {reason}</translation>
    </message>
    <message>
        <source>cannot read model &apos;{file}&apos;: {reason}</source>
        <translation>モデル「{file}」を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>フォルダです</translation>
    </message>
    <message>
        <source>no such file and no shipped model of that name (shipped: {shipped})</source>
        <translation>そのようなファイルも、その名前の同梱モデルもありません（同梱: {shipped}）</translation>
    </message>
    <message>
        <source>not valid JSON ({error} at line {line}, column {column})</source>
        <translation>正しい JSON ではありません（{line} 行目、{column} 列目: {error}）</translation>
    </message>
    <message>
        <source>not a model file (lists or objects nested too deeply)</source>
        <translation>モデルファイルではありません（リストやオブジェクトの入れ子が深すぎます）</translation>
    </message>
    <message>
        <source>expected an object, got {kind}</source>
        <translation>オブジェクトでなければなりませんが、{kind} でした</translation>
    </message>
    <message>
        <source>missing field &apos;{field}&apos;</source>
        <translation>フィールド「{field}」がありません</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be an integer, got {value}</source>
        <translation>フィールド「{field}」は整数でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a string, got {value}</source>
        <translation>フィールド「{field}」は文字列でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a list, got {value}</source>
        <translation>フィールド「{field}」はリストでなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be an object, got {value}</source>
        <translation>フィールド「{field}」はオブジェクトでなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be true or false, got {value}</source>
        <translation>フィールド「{field}」は true か false でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be an integer or a list, got {value}</source>
        <translation>フィールド「{field}」は整数かリストでなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be int or float, got {value}</source>
        <translation>フィールド「{field}」は整数か小数でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a finite number, got {value}</source>
        <translation>フィールド「{field}」は有限の数でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be &gt;= {minimum}, got {value}</source>
        <translation>フィールド「{field}」は {minimum} 以上でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be an integer &gt;= {minimum} or a pair of them, got {value}</source>
        <translation>フィールド「{field}」は {minimum} 以上の整数か、その 2 つ組でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be one of {choices}, got {value}</source>
        <translation>フィールド「{field}」は {choices} のいずれかでなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a nested list of numbers of shape {shape}</source>
        <translation>フィールド「{field}」は形が {shape} の、数の入れ子のリストでなければなりません</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a nested list of numbers of shape {shape}, got {value}</source>
        <translation>フィールド「{field}」は形が {shape} の、数の入れ子のリストでなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has shape {shape}, expected {expected}</source>
        <translation>「{field}」の形は {shape} ですが、{expected} でなければなりません</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains NaN or infinite values (weights must be finite numbers)</source>
        <translation>「{field}」に NaN または無限大の値があります（重みは有限の数でなければなりません）</translation>
    </message>
    <message>
        <source>unknown layer type &apos;{kind}&apos; (known: {known})</source>
        <translation>不明な層の種類「{kind}」（使える種類: {known}）</translation>
    </message>
    <message>
        <source>its settings ask for weights too large to hold ({reason})</source>
        <translation>設定どおりの重みは大きすぎて確保できません（{reason}）</translation>
    </message>
    <message>
        <source>Unable to allocate {size} for an array with shape {shape} and data type {dtype}</source>
        <translation>形が {shape}、データ型が {dtype} の配列のために {size} を確保できません</translation>
    </message>
    <message>
        <source>not a model file (a number has more than {limit} digits)</source>
        <translation>モデルファイルではありません（数の桁が {limit} 桁を超えています）</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be &quot;{expected}&quot;, got &quot;{value}&quot;</source>
        <translation>フィールド「{field}」は「{expected}」でなければなりませんが、「{value}」でした</translation>
    </message>
    <message>
        <source>format version {version} is not supported (this cnnviz reads version {supported})</source>
        <translation>形式のバージョン {version} には対応していません（この cnnviz が読めるのはバージョン {supported} です）</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must list at least two different names</source>
        <translation>フィールド「{field}」には異なる名前を 2 つ以上並べなければなりません</translation>
    </message>
    <message>
        <source>{key} contains NaN or infinite values; a model file can only hold finite weights</source>
        <translation>{key} に NaN または無限大の値があります。モデルファイルには有限の重みしか保存できません</translation>
    </message>
    <message>
        <source>cannot read model &apos;{file}&apos;: it is not a regular file (a pipe, device or socket)</source>
        <translation>モデル「{file}」を読み込めません: 通常のファイルではない (パイプ、デバイス、ソケット)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds a value beyond float32&apos;s range (about ±3.4e38); weights must fit in float32</source>
        <translation>&apos;{field}&apos; に float32 の範囲 (約 ±3.4e38) を超える値がある。重みは float32 に収まらなければならない</translation>
    </message>
    <message>
        <source>The hand-set circle/cross detector of the lecture: two 3x3 diagonal filters, ReLU, max-pooling into the four quadrants, 8 hand-set weights per class, softmax. 38 parameters.</source>
        <translation>講義で使う、手で設定した ○/× 検出器: 3x3 の斜めのフィルタ 2 つ、ReLU、4 つの象限への最大プーリング、クラスごとに手で設定した重み 8 個、ソフトマックス。パラメータは 38 個です。</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a list of numbers, one per channel, got {value}</source>
        <translation>フィールド &apos;{field}&apos; はチャンネルごとに1つずつの数値のリストである必要がありますが、{value} が指定されました</translation>
    </message>
    <message>
        <source>Trained by cnnviz: {arch}, {samples} synthetic sketches, {epochs} epochs, {optimizer} lr {lr}, seed {seed}.</source>
        <translation>cnnviz で学習: {arch}、合成スケッチ {samples} 枚、{epochs} エポック、{optimizer}（学習率 {lr}）、シード {seed}。</translation>
    </message>
    <message>
        <source>Trained by cnnviz on the image folder &apos;{folder}&apos; ({counts} images; {training} for training, {held_back} held back): {arch}, {epochs} epochs, seed {seed}.</source>
        <translation>cnnviz が画像フォルダ &apos;{folder}&apos; で学習しました（画像 {counts} 枚、うち学習用 {training} 枚、取り置き {held_back} 枚）: {arch}、{epochs} エポック、シード {seed}。</translation>
    </message>
    <message>
        <source>the backward pass explains one drawing at a time: expected an input of shape {expected} or 1 x {expected}, got {got}</source>
        <translation>誤差逆伝播は一度に1枚の絵について計算します: 入力の形は {expected} または 1 x {expected} のはずですが、{got} でした</translation>
    </message>
    <message>
        <source>the target class must be one of 0-{last} ({names}), not {label}</source>
        <translation>目標クラスは 0-{last} ({names}) のいずれかでなければなりません ({label} ではなく)</translation>
    </message>
    <message>
        <source>cannot read &apos;{file}&apos;: the workbook unpacks to {size:,} bytes, over the limit of {limit:,}</source>
        <translation>「{file}」を読み込めません: ブックを展開すると {size:,} バイトになり、上限 {limit:,} を超える</translation>
    </message>
    <message>
        <source>cannot read &apos;{file}&apos;: not an .xlsx workbook (its XML is nested too deeply)</source>
        <translation>「{file}」を読み込めません: .xlsx ブックではない (XML の入れ子が深すぎる)</translation>
    </message>
    <message>
        <source>η = {eta} was a big step for a gradient this large: it moved some weights by {percent} % of their layer&apos;s largest weight, so the network was changed rather than nudged. &quot;Undo step&quot; takes it back exactly; η = {smaller} would move them by about {aim} %.</source>
        <translation>この大きさの勾配に対して η = {eta} は大きすぎる一歩でした: 一部の重みが、その層で最大の重みの {percent} % も動いたので、ネットワークは少し調整されたのではなく作り変えられました。「ステップを取り消す」で正確に元に戻せます。学習率 η = {smaller} なら約 {aim} % の変化になります。</translation>
    </message>
    <message>
        <source>there is no class {target}; this model has {count} classes</source>
        <translation>クラス {target} はありません。このモデルのクラスは {count} 個です</translation>
    </message>
    <message>
        <source>there is no drawing to learn from yet: draw something first</source>
        <translation>学習に使う絵がまだありません。先に何か描いてください</translation>
    </message>
    <message>
        <source>learning step η = {eta} toward {target}</source>
        <translation>学習ステップ η = {eta}、目標 {target}</translation>
    </message>
    <message>
        <source>loss after each Step on this drawing: {losses}</source>
        <translation>この絵での各ステップ後の損失: {losses}</translation>
    </message>
    <message>
        <source>unknown palette {palette}; choose one of {choices}</source>
        <translation>不明なパレット {palette}。次のいずれかを選んでください: {choices}</translation>
    </message>
    <message>
        <source>unknown language {language}; choose one of {choices}</source>
        <translation>不明な言語 {language}。次のいずれかを選んでください: {choices}</translation>
    </message>
    <message>
        <source>unknown compare mode {mode}; choose one of {choices}</source>
        <translation>不明な比較モード {mode}。次のいずれかを選んでください: {choices}</translation>
    </message>
    <message>
        <source>the model has no cell {target} to pin</source>
        <translation>モデルには固定できるセル {target} がありません</translation>
    </message>
    <message>
        <source>no model is open</source>
        <translation>モデルが開かれていません</translation>
    </message>
    <message>
        <source>{layer} computed y = (x - {mean}) / {std} on this channel, so ∂L/∂x = ∂L/∂y / {std} = {upstream} / {std} = {value}</source>
        <translation>{layer} はこのチャネルで y = (x - {mean}) / {std} を計算したので、∂L/∂x = ∂L/∂y / {std} = {upstream} / {std} = {value}</translation>
    </message>
    <message>
        <source>the inspector does not explain gradients through a {kind} layer (&apos;{layer}&apos;) yet; the engine&apos;s value is {value}</source>
        <translation>インスペクタは {kind} 層（&apos;{layer}&apos;）を通る勾配の説明にはまだ対応していません。エンジンの値は {value} です</translation>
    </message>
    <message>
        <source>{flatten} only reorders: this cell is input feature {feature} of the dense layer {dense}, so its gradient comes straight back from {dense}.</source>
        <translation>{flatten} は並べ替えるだけです: このセルは全結合層 {dense} の入力特徴 {feature} なので、その勾配は {dense} から直接戻ってきます。</translation>
    </message>
    <message>
        <source>∂L/∂b[{f}] = sum of the upstream gradient ∂L/∂y over the {cells} cells of map {f}: {terms} = {value}</source>
        <translation>∂L/∂b[{f}] = 特徴マップ {f} の {cells} 個のセルにわたる上流の勾配 ∂L/∂y の和: {terms} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂b[{f}] = sum of the upstream gradient ∂L/∂y over the {cells} cells of map {f} ({nonzero} of them not 0, the largest in the table) = {value}</source>
        <translation>∂L/∂b[{f}] = 特徴マップ {f} の {cells} 個のセルにわたる上流の勾配 ∂L/∂y の和（0 でないものは {nonzero} 個、大きいものは表に）= {value}</translation>
    </message>
    <message>
        <source>The bias b[{f}] is added to every one of the {cells} cells of map {f}, so raising it raises them all: its gradient is the sum of the gradients arriving at them. The weights slide over the input; the bias has no input to multiply by.</source>
        <translation>バイアス b[{f}] は特徴マップ {f} の {cells} 個のセルすべてに足されるので、これを上げるとすべてが上がります。だから勾配はそれらのセルに届いた勾配の和です。重みは入力の上をスライドしますが、バイアスには掛ける入力がありません。</translation>
    </message>
    <message>
        <source>∂L/∂b[{k}] = ∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}</source>
        <translation>∂L/∂b[{k}] = ∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}</translation>
    </message>
    <message>
        <source>The bias b[{k}] is added to output {k} alone, with nothing to multiply by: its gradient is the gradient arriving at that output, ∂L/∂z[{k}].</source>
        <translation>バイアス b[{k}] は出力 {k} だけに足され、掛ける入力がありません。だから勾配はその出力に届いた勾配 ∂L/∂z[{k}] そのものです。</translation>
    </message>
    <message>
        <source>Gradients are shown to {digits} significant digits; sums are computed from the unrounded values (float64), so the shown terms add up to the shown result only to within its last digit.</source>
        <translation>勾配は有効数字 {digits} 桁で表示しています。和は丸める前の値 (float64) で計算しているので、表示された項の和は表示された結果と最後の桁までしか一致しません。</translation>
    </message>
    <message>
        <source>computed exactly (float64): {computed}; the engine&apos;s backward pass ({dtype}) gives {engine}; shown as {shown}</source>
        <translation>正確な計算 (float64): {computed}。エンジンの誤差逆伝播 ({dtype}) の値は {engine}。表示は {shown}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {computed}; the engine&apos;s backward pass ({dtype}) gives {engine}, a DIFFERENCE of {difference}, beyond {dtype} rounding (±{tolerance}); shown as {shown}</source>
        <translation>正確な計算 (float64): {computed}。エンジンの誤差逆伝播 ({dtype}) の値は {engine} で、差 {difference} は {dtype} の丸め (±{tolerance}) を超えています。表示は {shown}</translation>
    </message>
    <message>
        <source>exact attribution needs a piecewise-linear network; layer &apos;{layer}&apos; uses {function}</source>
        <translation>厳密な寄与の分解には区分線形なネットワークが必要です。層「{layer}」は {function} を使っています</translation>
    </message>
    <message>
        <source>exact attribution needs a piecewise-linear network; layer &apos;{layer}&apos; uses {similarity} similarity</source>
        <translation>厳密な寄与の分解には区分線形なネットワークが必要です。層「{layer}」は {similarity} 類似度を使っています</translation>
    </message>
    <message>
        <source>exact attribution needs a piecewise-linear network; layer &apos;{layer}&apos; is a {kind}</source>
        <translation>厳密な寄与の分解には区分線形なネットワークが必要です。層「{layer}」は {kind} 層です</translation>
    </message>
    <message>
        <source>exact attribution needs a piecewise-linear network; layer &apos;{layer}&apos; is a softmax before the logits</source>
        <translation>厳密な寄与の分解には区分線形なネットワークが必要です。層「{layer}」はロジットより前にあるソフトマックスです</translation>
    </message>
    <message>
        <source>attribution explains one drawing at a time, got a batch of {batch}</source>
        <translation>寄与の分解は一度に 1 枚の絵だけを扱います。{batch} 枚のバッチが渡されました</translation>
    </message>
    <message>
        <source>class index {index} is out of range for classes {classes}</source>
        <translation>クラス番号 {index} はクラス {classes} の範囲外です</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a class name: use 1 to {limit} characters, on one line, without / \ : * ? &quot; &lt; &gt; |</source>
        <translation>&apos;{name}&apos; はクラス名に使えません: 1〜{limit} 文字で、1行にし、/ \ : * ? &quot; &lt; &gt; | を含めないでください</translation>
    </message>
    <message>
        <source>there are {count} classes ({names}); a model needs {low} to {high}</source>
        <translation>クラスが {count} 個あります（{names}）。モデルには {low}〜{high} 個必要です</translation>
    </message>
    <message>
        <source>the class &apos;{name}&apos; is listed twice; every class needs its own name</source>
        <translation>クラス &apos;{name}&apos; が2回指定されています。クラスごとに別の名前が必要です</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not one of the classes {names}</source>
        <translation>&apos;{name}&apos; はクラス {names} のいずれでもありません</translation>
    </message>
    <message>
        <source>{labels} line {line}: {reason}</source>
        <translation>{labels} の {line} 行目: {reason}</translation>
    </message>
    <message>
        <source>{file} lists {rows:,} drawings; only the first {limit:,} are read</source>
        <translation>{file} には {rows:,} 件の描画があります。最初の {limit:,} 件だけを読み込みます</translation>
    </message>
    <message>
        <source>{folder} already holds &apos;{name}&apos;: export into an empty or new folder (an export never overwrites or deletes files)</source>
        <translation>{folder} にはすでに &apos;{name}&apos; があります。空のフォルダか新しいフォルダに書き出してください (書き出しはファイルを上書きも削除もしません)</translation>
    </message>
    <message>
        <source>lists or objects nested too deeply</source>
        <translation>リストやオブジェクトの入れ子が深すぎる</translation>
    </message>
    <message>
        <source>not read: the collection&apos;s pages would take more than {limit:,} MB of memory</source>
        <translation>読み込みませんでした：コレクションの画像が {limit:,} MB を超えるメモリを使うことになります</translation>
    </message>
    <message>
        <source>class folders in {folder}: {count} ({names}); training needs {low} to {high}</source>
        <translation>{folder} にはクラスのフォルダが {count} 個あります（{names}）。学習には {low}〜{high} 個必要です</translation>
    </message>
    <message>
        <source>images in class &apos;{name}&apos;: {count} ({folder}); each class needs at least {minimum} PNG, JPEG or BMP files</source>
        <translation>クラス &apos;{name}&apos; の画像は {count} 枚です（{folder}）。各クラスには PNG、JPEG、BMP ファイルが {minimum} 個以上必要です</translation>
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
        <source>{layer}: similarity {old} -&gt; dot (each cell is the inner product filter · patch, plus the bias)</source>
        <translation>{layer}: 類似度 {old} → dot（各セルはフィルタとパッチの内積にバイアスを足したもの）</translation>
    </message>
    <message>
        <source>{layer}: similarity {old} -&gt; cosine (each cell is the cosine of the angle between filter and patch, in [-1, 1], plus the bias: how alike, whatever the brightness)</source>
        <translation>{layer}: 類似度 {old} → cosine（各セルはフィルタとパッチのなす角のコサイン（[-1, 1] の範囲）にバイアスを足したもの。明るさによらず、どれだけ似ているか）</translation>
    </message>
    <message>
        <source>{layer}: similarity {old} -&gt; rbf (each cell is exp(-gamma |patch - filter|²), plus the bias: 1 where the patch equals the filter, towards 0 as they differ)</source>
        <translation>{layer}: 類似度 {old} → rbf（各セルは exp(-gamma |パッチ - フィルタ|²) にバイアスを足したもの。パッチがフィルタと等しいところで 1、違うほど 0 に近づく）</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} weights set</source>
        <translation>{layer}: フィルタ {filter} の重みを設定しました</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} weights set, bias {bias}</source>
        <translation>{layer}: フィルタ {filter} の重みを設定しました。バイアスは {bias}</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} set to the {preset} preset</source>
        <translation>{layer}: フィルタ {filter} をプリセット「{preset}」にしました</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} set to the {preset} preset on every input channel</source>
        <translation>{layer}: フィルタ {filter} をすべての入力チャネルでプリセット「{preset}」にしました</translation>
    </message>
    <message>
        <source>{layer}: filter {filter} set to the {preset} preset on input channel {channel}</source>
        <translation>{layer}: フィルタ {filter} を入力チャネル {channel} でプリセット「{preset}」にしました</translation>
    </message>
    <message>
        <source>{layer} computes a true convolution, so this kernel is multiplied rotated by 180°</source>
        <translation>{layer} は真の畳み込みを計算するため、このカーネルは 180° 回転して掛けられます</translation>
    </message>
    <message>
        <source>{layer} computes a true convolution, so this kernel is multiplied rotated by 180° (Sobel flips sign)</source>
        <translation>{layer} は真の畳み込みを計算するため、このカーネルは 180° 回転して掛けられます（Sobel は符号が反転します）</translation>
    </message>
    <message>
        <source>{layer}: its input changed from {old} to {new} features, so its weights were re-initialised (undo to restore)</source>
        <translation>{layer}: 入力が {old} 特徴から {new} 特徴に変わったため、重みを初期化し直しました（元に戻すと復元されます）</translation>
    </message>
    <message>
        <source>{layer}: its input changed from {old} to {new} channels, so its filters were re-initialised (undo to restore)</source>
        <translation>{layer}: 入力が {old} チャネルから {new} チャネルに変わったため、フィルタを初期化し直しました（元に戻すと復元されます）</translation>
    </message>
    <message>
        <source>{layer}: kernels resized from {old} to {new} ({how})</source>
        <translation>{layer}: カーネルを {old} から {new} に変更しました（{how}）</translation>
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
        <source>{layer}: padding {old} -&gt; {new}</source>
        <translation>{layer}: パディング {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: padding {old} -&gt; {new} (a border of {new} zero cell around the input)</source>
        <translation>{layer}: パディング {old} → {new}（入力の周りにゼロのセル {new} 個分の縁）</translation>
    </message>
    <message>
        <source>{layer}: padding {old} -&gt; {new} (a border of {new} zero cells around the input)</source>
        <translation>{layer}: パディング {old} → {new}（入力の周りにゼロのセル {new} 個分の縁）</translation>
    </message>
    <message>
        <source>{layer}: stride {old} -&gt; {new}</source>
        <translation>{layer}: ストライド {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: now computes a true convolution (each kernel rotated by 180°)</source>
        <translation>{layer}: 真の畳み込み（各カーネルを 180° 回転）に変更しました</translation>
    </message>
    <message>
        <source>{layer}: now computes a cross-correlation (kernels used as stored)</source>
        <translation>{layer}: 相互相関（カーネルは保存されたまま）に変更しました</translation>
    </message>
    <message>
        <source>{layer}: gamma {old} -&gt; {new}</source>
        <translation>{layer}: ガンマ {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: output {old} -&gt; {new}</source>
        <translation>{layer}: 出力 {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: nothing changed</source>
        <translation>{layer}: 変更なし</translation>
    </message>
    <message>
        <source>{layer}: added an activation layer &apos;{name}&apos; ({function}) after it</source>
        <translation>{layer}: 後ろに活性化層「{name}」（{function}）を追加しました</translation>
    </message>
    <message>
        <source>{layer}: activation {old} -&gt; {new}</source>
        <translation>{layer}: 活性化関数 {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: {old} -&gt; {new} pooling</source>
        <translation>{layer}: {old} → {new}プーリング</translation>
    </message>
    <message>
        <source>{layer}: now pools onto a fixed {grid} grid (adaptive)</source>
        <translation>{layer}: 固定の {grid} グリッドへのプーリング（適応的）に変更しました</translation>
    </message>
    <message>
        <source>{layer}: output grid {old} -&gt; {new}</source>
        <translation>{layer}: 出力グリッド {old} → {new}</translation>
    </message>
    <message>
        <source>{layer}: now pools {window} windows with stride {stride} (was adaptive onto {grid})</source>
        <translation>{layer}: {window} の窓、ストライド {stride} のプーリングに変更しました（以前は {grid} への適応的プーリング）</translation>
    </message>
    <message>
        <source>{layer}: window {old} -&gt; {new}</source>
        <translation>{layer}: 窓 {old} → {new}</translation>
    </message>
    <message>
        <source>the &apos;\&apos; preset needs a square kernel of at least 2x2, not {size}</source>
        <translation>プリセット「\ 斜め」には 2x2 以上の正方形のカーネルが必要です。{size} では使えません</translation>
    </message>
    <message>
        <source>the &apos;/&apos; preset needs a square kernel of at least 2x2, not {size}</source>
        <translation>プリセット「/ 斜め」には 2x2 以上の正方形のカーネルが必要です。{size} では使えません</translation>
    </message>
    <message>
        <source>the &apos;horizontal&apos; preset needs an odd kernel height of at least 3 (a middle row), not {size}</source>
        <translation>プリセット「横線」には高さが 3 以上の奇数のカーネル（真ん中の行があるもの）が必要です。{size} では使えません</translation>
    </message>
    <message>
        <source>the &apos;vertical&apos; preset needs an odd kernel width of at least 3 (a middle column), not {size}</source>
        <translation>プリセット「縦線」には幅が 3 以上の奇数のカーネル（真ん中の列があるもの）が必要です。{size} では使えません</translation>
    </message>
    <message>
        <source>the &apos;sobel_x&apos; preset needs a kernel of at least 2x2, not {size}</source>
        <translation>プリセット「Sobel x」には 2x2 以上のカーネルが必要です。{size} では使えません</translation>
    </message>
    <message>
        <source>the &apos;sobel_y&apos; preset needs a kernel of at least 2x2, not {size}</source>
        <translation>プリセット「Sobel y」には 2x2 以上のカーネルが必要です。{size} では使えません</translation>
    </message>
    <message>
        <source>the &apos;laplacian&apos; preset needs odd kernel sizes (a centre cell), not {size}</source>
        <translation>プリセット「ラプラシアン」には奇数のカーネルサイズ（中心のセルがあるもの）が必要です。{size} では使えません</translation>
    </message>
    <message>
        <source>the &apos;identity&apos; preset needs odd kernel sizes (a centre cell), not {size}</source>
        <translation>プリセット「恒等」には奇数のカーネルサイズ（中心のセルがあるもの）が必要です。{size} では使えません</translation>
    </message>
    <message>
        <source>the &apos;random&apos; preset needs a random generator (rng)</source>
        <translation>プリセット「ランダム（He）」には乱数生成器 (rng) が必要です</translation>
    </message>
    <message>
        <source>unknown preset {preset}; choose one of {choices}</source>
        <translation>不明なプリセット {preset}。{choices} から選んでください</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a PNG picture of {size} x {size} pixels (grey or colour), in base64</source>
        <translation>フィールド「{field}」は {size} x {size} ピクセルの PNG 画像（グレーまたはカラー）を base64 にしたものでなければなりません</translation>
    </message>
    <message>
        <source>Above, lecture-ox&apos;s two diagonal filters set by hand; below, the eight ox-cnn learned from examples: the pipeline shows the learned ones at work</source>
        <translation>上は手で決めた lecture-ox の対角線フィルタ 2 つ、下は ox-cnn が例から学習した 8 つ。パイプラインには学習したフィルタの働きが表示されます</translation>
    </message>
    <message>
        <source>no layer named {layer} (layers: {layers})</source>
        <translation>{layer} という名前の層はありません（層: {layers}）</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not a convolution layer</source>
        <translation>層「{layer}」は {kind} 層で、畳み込み層ではありません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not a pooling layer</source>
        <translation>層「{layer}」は {kind} 層で、プーリング層ではありません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not a dense layer</source>
        <translation>層「{layer}」は {kind} 層で、全結合層ではありません</translation>
    </message>
    <message>
        <source>{problem}; re-initialising it needs a random generator (rng)</source>
        <translation>{problem}。初期化し直すには乱数生成器 (rng) が必要です</translation>
    </message>
    <message>
        <source>this change cannot be made, nothing was changed: {problem}</source>
        <translation>この変更はできないため、何も変更していません: {problem}</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed</source>
        <translation>{problem}。何も変更していません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; has filters 0 to {last}, not {filter}</source>
        <translation>層「{layer}」のフィルタは 0 から {last} までで、{filter} はありません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; has input channels 0 to {last}, not {channel}</source>
        <translation>層「{layer}」の入力チャネルは 0 から {last} までで、{channel} はありません</translation>
    </message>
    <message>
        <source>filter weights must be numbers</source>
        <translation>フィルタの重みは数でなければなりません</translation>
    </message>
    <message>
        <source>filter {filter} weights have shape {shape}, expected {expected}</source>
        <translation>フィルタ {filter} の重みの形は {shape} ですが、{expected} でなければなりません</translation>
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
        <source>similarity must be one of {choices}, not {similarity}</source>
        <translation>類似度は {choices} のいずれかでなければなりません。{similarity} は使えません</translation>
    </message>
    <message>
        <source>gamma must be a number &gt; 0, not {gamma}</source>
        <translation>ガンマは 0 より大きい数でなければなりません。{gamma} は使えません</translation>
    </message>
    <message>
        <source>padding must be 0 or more, not {padding}</source>
        <translation>パディングは 0 以上でなければなりません。{padding} は使えません</translation>
    </message>
    <message>
        <source>stride must be 1 or more, not {stride}</source>
        <translation>ストライドは 1 以上でなければなりません。{stride} は使えません</translation>
    </message>
    <message>
        <source>kernel size must be 1 or more, not {kernel}</source>
        <translation>カーネルサイズは 1 以上でなければなりません。{kernel} は使えません</translation>
    </message>
    <message>
        <source>a {kernel_height}x{kernel_width} kernel with padding {padding} does not fit its {height}x{width} input (out = floor((n + 2p - k) / s) + 1 would be {out})</source>
        <translation>パディング {padding} の {kernel_height}x{kernel_width} のカーネルは {height}x{width} の入力に収まりません（out = floor((n + 2p - k) / s) + 1 が {out} になります）</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer: activations follow convolution or dense layers</source>
        <translation>層「{layer}」は {kind} 層です。活性化関数は畳み込み層か全結合層の後に置きます</translation>
    </message>
    <message>
        <source>pooling mode must be one of {choices}, not {mode}</source>
        <translation>プーリングの方式は {choices} のいずれかでなければなりません。{mode} は使えません</translation>
    </message>
    <message>
        <source>give either an output grid or a window size and stride, not both</source>
        <translation>出力グリッドか、窓のサイズとストライドか、どちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>unknown conv setting(s) {settings}</source>
        <translation>不明な畳み込みの設定 {settings}</translation>
    </message>
    <message>
        <source>unknown pooling setting(s) {settings}</source>
        <translation>不明なプーリングの設定 {settings}</translation>
    </message>
    <message>
        <source>no change given</source>
        <translation>変更が指定されていません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer: it has no settings to change</source>
        <translation>層「{layer}」は {kind} 層です。変更できる設定はありません</translation>
    </message>
    <message>
        <source>model &apos;{model}&apos; has no pooling layer to compare</source>
        <translation>モデル「{model}」には比べるプーリング層がありません</translation>
    </message>
    <message>
        <source>synthetic sketches exist only for {shapes}, not for the class &apos;{name}&apos;: set the number of synthetic sketches to 0, or rename the class</source>
        <translation>合成スケッチは {shapes} にしかなく、クラス &apos;{name}&apos; にはありません。合成スケッチの数を 0 にするか、クラス名を変更してください</translation>
    </message>
    <message>
        <source>unknown architecture &apos;{arch}&apos;; choose one of {choices}</source>
        <translation>不明なアーキテクチャ &apos;{arch}&apos; です。{choices} のいずれかを選んでください</translation>
    </message>
    <message>
        <source>a model needs {low} to {high} different classes, got {count} ({names})</source>
        <translation>モデルには {low}〜{high} 個の異なるクラスが必要ですが、{count} 個が指定されました（{names}）</translation>
    </message>
    <message>
        <source>{arch} needs an input of at least {minimum} x {minimum} pixels, got {height} x {width}</source>
        <translation>{arch} には {minimum} x {minimum} ピクセル以上の入力が必要ですが、{height} x {width} が指定されました</translation>
    </message>
    <message>
        <source>{file}: the drawing has {points:,} recorded points, over the limit of {limit:,} by {over:,}</source>
        <translation>{file}: 描画に記録された点が {points:,} 個あり、上限 {limit:,} を {over:,} 超えている</translation>
    </message>
    <message>
        <source>{file}: the scene file is {size:,} bytes, over the limit of {limit:,}</source>
        <translation>{file}: シーンファイルが {size:,} バイトあり、上限 {limit:,} を超えている</translation>
    </message>
    <message>
        <source>{file}: not a scene file (lists or objects nested too deeply)</source>
        <translation>{file}: シーンファイルではない (リストやオブジェクトの入れ子が深すぎる)</translation>
    </message>
    <message>
        <source>{file}: not a regular file (a pipe, device or socket)</source>
        <translation>{file}: 通常のファイルではない (パイプ、デバイス、ソケット)</translation>
    </message>
    <message>
        <source>Numbers are shown rounded to {decimals} decimals. Sums are computed from the unrounded values (in float64), so the shown terms may add up to the shown sum only to within the last digit.</source>
        <translation>数値は小数点以下 {decimals} 桁に丸めて表示しています。和は丸める前の値（float64）で計算しているため、表示された項の和と表示された合計は最後の桁で食い違うことがあります。</translation>
    </message>
    <message>
        <source>the engine ({dtype}) gives {engine}, exactly this value (picking a value involves no rounding); shown as {shown}</source>
        <translation>エンジン（{dtype}）の値は {engine} で、まったく同じ値です（値を選ぶだけなので丸めは生じません）。表示は {shown}</translation>
    </message>
    <message>
        <source>the engine ({dtype}) gives {engine}, a DIFFERENT value (picking a value involves no rounding); shown as {shown}</source>
        <translation>エンジン（{dtype}）の値は {engine} で、異なる値です（値を選ぶだけなので丸めは生じないはずです）。表示は {shown}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {computed}; the engine ({dtype}) gives {engine}; difference {difference} within {dtype} rounding (±{tolerance}); shown as {shown}</source>
        <translation>厳密な計算（float64）: {computed}、エンジン（{dtype}）: {engine}、差 {difference} は {dtype} の丸め誤差（±{tolerance}）の範囲内。表示は {shown}</translation>
    </message>
    <message>
        <source>computed exactly (float64): {computed}; the engine ({dtype}) gives {engine}; difference {difference} OUTSIDE {dtype} rounding (±{tolerance}); shown as {shown}</source>
        <translation>厳密な計算（float64）: {computed}、エンジン（{dtype}）: {engine}、差 {difference} は {dtype} の丸め誤差（±{tolerance}）の範囲外。表示は {shown}</translation>
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
        <source>average of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {total} / {count} = {value}</source>
        <translation>{count} セル（行 {top}–{bottom}、列 {left}–{right}）の平均 = {total} / {count} = {value}</translation>
    </message>
    <message>
        <source>max of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {value}, at row {row}, col {col}</source>
        <translation>{count} セル（行 {top}–{bottom}、列 {left}–{right}）の最大値 = {value}（行 {row}、列 {col}）</translation>
    </message>
    <message>
        <source>min of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {value}, at row {row}, col {col}</source>
        <translation>{count} セル（行 {top}–{bottom}、列 {left}–{right}）の最小値 = {value}（行 {row}、列 {col}）</translation>
    </message>
    <message>
        <source>Every logit is first shifted by the largest one ({shift}): exp(z - m) / sum exp(z - m) equals exp(z) / sum exp(z), and no exp overflows.</source>
        <translation>各ロジットからまず最大値（{shift}）を引きます。exp(z - m) / Σ exp(z - m) は exp(z) / Σ exp(z) と等しく、exp がオーバーフローしません。</translation>
    </message>
    <message>
        <source>{filters} filters x ({channels} x {height} x {width}) weights + {filters} biases = {weights} + {biases} = {total}</source>
        <translation>フィルタ {filters} 個 × （{channels} × {height} × {width}）の重み + バイアス {filters} 個 = {weights} + {biases} = {total}</translation>
    </message>
    <message>
        <source>{outputs} x {inputs} weights + {biases} biases = {weights} + {biases} = {total}</source>
        <translation>{outputs} × {inputs} の重み + バイアス {biases} 個 = {weights} + {biases} = {total}</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>パラメータなし</translation>
    </message>
    <message>
        <source>a dense layer from the same {inputs} inputs to the same {outputs} outputs would need {inputs} x {outputs} + {outputs} = {parameters} parameters, {times} times as many: a convolution shares one small filter across every position</source>
        <translation>同じ {inputs} 個の入力から同じ {outputs} 個の出力への全結合層なら {inputs} × {outputs} + {outputs} = {parameters} 個のパラメータが必要で、{times} 倍になります。畳み込みは小さなフィルタ 1 つをすべての位置で共有するからです</translation>
    </message>
    <message>
        <source>out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = {out}</source>
        <translation>out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = {out}</translation>
    </message>
    <message>
        <source>out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = {out}: nothing (a {kernel}-wide window does not fit {cells} cells)</source>
        <translation>out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = {out}: 出力なし（幅 {kernel} の窓は {cells} セルに収まりません）</translation>
    </message>
    <message>
        <source>adaptive pooling: out = {bins} whatever n (n = {n}; bins {edges})</source>
        <translation>適応的プーリング: n によらず out = {bins}（n = {n}、区間 {edges}）</translation>
    </message>
    <message>
        <source>{source} map {map}, row {row}, col {col}</source>
        <translation>{source} マップ {map}、行 {row}、列 {col}</translation>
    </message>
    <message>
        <source>{source} value {index}</source>
        <translation>{source} の値 {index}</translation>
    </message>
    <message>
        <source>{source} feature {index}</source>
        <translation>{source} の特徴 {index}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>no layer named {layer} in this forward pass (layers: {layers})</source>
        <translation>この順伝播に {layer} という名前の層はありません（層: {layers}）</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: a cell index needs {count} numbers (sample, ...) for output shape {shape}, got {index}</source>
        <translation>層「{layer}」: 出力の形 {shape} のセルの番号には数が {count} 個（サンプル, ...）必要ですが、{index} でした</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: cell {index} is outside its output of shape {shape}</source>
        <translation>層「{layer}」: セル {index} は形 {shape} の出力の外です</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not a convolution</source>
        <translation>層「{layer}」は {kind} 層で、畳み込み層ではありません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not pooling</source>
        <translation>層「{layer}」は {kind} 層で、プーリング層ではありません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer, not dense</source>
        <translation>層「{layer}」は {kind} 層で、全結合層ではありません</translation>
    </message>
    <message>
        <source>sample {sample} is outside this batch of {batch}</source>
        <translation>サンプル {sample} は、{batch} 個からなるこのバッチの外です</translation>
    </message>
    <message>
        <source>class {index} does not exist (classes: {classes})</source>
        <translation>クラス {index} はありません（クラス: {classes}）</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: cannot explain a {kind} layer</source>
        <translation>層「{layer}」: {kind} 層は説明できません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: no receptive field rule for a {kind} layer</source>
        <translation>層「{layer}」: {kind} 層の受容野は求められません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer: only convolution and pooling layers have controls</source>
        <translation>層「{layer}」は {kind} 層です。設定を変えられるのは畳み込み層とプーリング層だけです</translation>
    </message>
    <message>
        <source>inserted {kind} layer &apos;{layer}&apos; at position {position}: output {shape}</source>
        <translation>{kind} 層 &apos;{layer}&apos; を位置 {position} に挿入した: 出力 {shape}</translation>
    </message>
    <message>
        <source>removed layer &apos;{layer}&apos;</source>
        <translation>層 &apos;{layer}&apos; を削除した</translation>
    </message>
    <message>
        <source>moved layer &apos;{layer}&apos; from position {old} to {new}</source>
        <translation>層 &apos;{layer}&apos; を位置 {old} から {new} に移動した</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: {old} -&gt; {new} filters ({kept} kept, {added} new)</source>
        <translation>層 &apos;{layer}&apos;: フィルタ数 {old} -&gt; {new}（維持 {kept}、新規 {added}）</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: {old} -&gt; {new} outputs ({kept} kept, {added} new)</source>
        <translation>層 &apos;{layer}&apos;: 出力数 {old} -&gt; {new}（維持 {kept}、新規 {added}）</translation>
    </message>
    <message>
        <source>input {old} -&gt; {new}</source>
        <translation>入力 {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>{change}; fitted to their new inputs (weights kept where the shapes allow, the rest He-initialised): {layers}</source>
        <translation>{change}。新しい入力に合わせて調整した層（形が合う部分の重みは維持し、残りは He 初期化）: {layers}</translation>
    </message>
    <message>
        <source>there is no layer named &apos;{layer}&apos; (layers: {names})</source>
        <translation>&apos;{layer}&apos; という名前の層はない（層: {names}）</translation>
    </message>
    <message>
        <source>cannot insert a &apos;{kind}&apos; layer; choose one of {kinds}</source>
        <translation>&apos;{kind}&apos; 層は挿入できない。{kinds} のいずれかを選ぶこと</translation>
    </message>
    <message>
        <source>position {position} is outside the model; choose 0 to {last}</source>
        <translation>位置 {position} はモデルの範囲外。0〜{last} を選ぶこと</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) has no filters; only convolution layers (conv2d, conv_transpose2d) have them</source>
        <translation>層 &apos;{layer}&apos;（{kind}）にはフィルタがない。フィルタを持つのは畳み込み層（conv2d, conv_transpose2d）だけ</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) is not a dense layer; only dense layers have a number of outputs to set</source>
        <translation>層 &apos;{layer}&apos;（{kind}）は全結合層ではない。出力数を設定できるのは全結合層だけ</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not {value}</source>
        <translation>{what} は {low}〜{high} の整数でなければならない（{value} は不可）</translation>
    </message>
    <message>
        <source>cannot insert this {kind} layer: {reason}</source>
        <translation>この {kind} 層は挿入できない: {reason}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; gives the network&apos;s scores, one per class ({classes}), so it keeps {count} outputs; insert another dense layer before it to change a hidden size</source>
        <translation>層 &apos;{layer}&apos; はネットワークのスコアをクラスごとに 1 つ（{classes}）出力するので、出力数は {count} のまま。隠れ層のサイズを変えるには、その前に別の全結合層を挿入すること</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: a {kernel} kernel does not fit its {size} input with padding {padding} (out = floor((n + 2p - k) / s) + 1 would be {out}); a kernel of at most {largest} fits, or padding of at least {padding_needed}</source>
        <translation>層 &apos;{layer}&apos;: {kernel} のカーネルは、パディング {padding} では {size} の入力に収まらない（out = floor((n + 2p - k) / s) + 1 が {out} になる）。収まるのはカーネル {largest} 以下、またはパディング {padding_needed} 以上</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: a {window} pooling window does not fit its {size} input; a window of at most {largest} fits</source>
        <translation>層 &apos;{layer}&apos;: {window} のプーリング窓は {size} の入力に収まらない。収まるのは {largest} 以下の窓</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: cannot pool a {size} input onto a {grid} grid; a grid of at most {size} fits</source>
        <translation>層 &apos;{layer}&apos;: {size} の入力を {grid} のグリッドにプーリングすることはできない。使えるのは {size} 以下のグリッド</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) works on feature maps, but gets {features} flat features; put it before the flatten layer</source>
        <translation>層 &apos;{layer}&apos;（{kind}）は特徴マップを扱うが、平坦化された特徴 {features} 個を受け取っている。flatten 層の前に置くこと</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) needs a flat vector, but gets feature maps {shape}; insert a flatten layer before it</source>
        <translation>層 &apos;{layer}&apos;（{kind}）には平坦なベクトルが必要だが、特徴マップ {shape} を受け取っている。その前に flatten 層を挿入すること</translation>
    </message>
    <message>
        <source>the network would end with shape {shape}, but there are {count} classes ({classes}); it must end with a dense layer of {count} outputs (and a softmax)</source>
        <translation>ネットワークの最後の形は {shape} になるが、クラスは {count} 個（{classes}）ある。最後は出力数 {count} の全結合層（とソフトマックス）でなければならない</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: a softmax turns the final scores into probabilities, so it can only be the last layer</source>
        <translation>層 &apos;{layer}&apos;: ソフトマックスは最終スコアを確率に変えるので、最後の層にしか置けない</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; would output {shape} = {cells} cells, over the limit of {limit}; pool or use a stride to make it smaller first</source>
        <translation>層 &apos;{layer}&apos; の出力は {shape} = {cells} セルとなり、上限 {limit} を超える。先にプーリングするかストライドを使って小さくすること</translation>
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
        <translation>{n} セルを {out} 区間に分割</translation>
    </message>
    <message>
        <source>out = {n}·{s} = {out}</source>
        <translation>out = {n}·{s} = {out}</translation>
    </message>
    <message>
        <source>{c}·{h}·{w} = {out} features</source>
        <translation>{c}·{h}·{w} = {out} 個の特徴</translation>
    </message>
    <message>
        <source>{n} inputs → {out} outputs</source>
        <translation>入力 {n} → 出力 {out}</translation>
    </message>
    <message>
        <source>no layer named &apos;{layer}&apos; in this backward pass (layers: {names})</source>
        <translation>この誤差逆伝播には &apos;{layer}&apos; という層はありません (層: {names})</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer; only convolution and dense layers have weights and biases</source>
        <translation>層 &apos;{layer}&apos; は {kind} 層です。重みとバイアスを持つのは畳み込み層と全結合層だけです</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: cell {index} is outside its shape {shape}</source>
        <translation>層 &apos;{layer}&apos;: セル {index} は形 {shape} の範囲外です</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: weight {index} is outside its shape {shape}</source>
        <translation>層 &apos;{layer}&apos;: 重み {index} は形 {shape} の範囲外です</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos;: bias {index} is outside its shape {shape}</source>
        <translation>層 &apos;{layer}&apos;: バイアス {index} は形 {shape} の範囲外です</translation>
    </message>
    <message>
        <source>∂L/∂p({name}) = -1 / p({name}) = -1 / {p} = {value}</source>
        <translation>∂L/∂p({name}) = -1 / p({name}) = -1 / {p} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂p({name}) = 0: the loss -log p({target}) looks only at the target class&apos;s probability</source>
        <translation>∂L/∂p({name}) = 0: 損失 -log p({target}) は目標クラスの確率しか見ません</translation>
    </message>
    <message>
        <source>∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}</source>
        <translation>∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}</translation>
    </message>
    <message>
        <source>The backward pass starts here: softmax minus one-hot. A positive gradient says &quot;lower this logit&quot;, a negative one &quot;raise it&quot;; only the target class ({target}) is negative.</source>
        <translation>誤差逆伝播はここから始まります: ソフトマックス − one-hot。正の勾配は「このロジットを下げよ」、負の勾配は「上げよ」という意味で、負になるのは目標クラス ({target}) だけです。</translation>
    </message>
    <message>
        <source>ReLU passed its input {x} &gt; 0 forward, so it passes the gradient back unchanged: {upstream} × 1 = {value}</source>
        <translation>ReLU は入力 {x} &gt; 0 を前へ通したので、勾配もそのまま後ろへ通します: {upstream} × 1 = {value}</translation>
    </message>
    <message>
        <source>ReLU blocked its input {x} ≤ 0 (output 0), so it blocks the gradient too: {upstream} × 0 = 0</source>
        <translation>ReLU は入力 {x} ≤ 0 を止めた (出力 0) ので、勾配も止めます: {upstream} × 0 = 0</translation>
    </message>
    <message>
        <source>{function}&apos;({x}) = {slope}; upstream {upstream} × {slope} = {value}</source>
        <translation>{function}&apos;({x}) = {slope}。上流の勾配 {upstream} × {slope} = {value}</translation>
    </message>
    <message>
        <source>{mode}-pooling routes each window&apos;s gradient to its winning cell only: this cell won {won} of the {windows} windows it is in; sum {terms} = {value}</source>
        <translation>{mode} プーリングは各窓の勾配を勝者のセルだけに送ります: このセルは属する {windows} 個の窓のうち {won} 個で勝ちました。和 {terms} = {value}</translation>
    </message>
    <message>
        <source>{mode}-pooling routes each window&apos;s gradient to its winning cell only: this cell did not win any of the {windows} windows it is in, so its gradient is 0</source>
        <translation>{mode} プーリングは各窓の勾配を勝者のセルだけに送ります: このセルは属する {windows} 個の窓のどれでも勝たなかったので、勾配は 0 です</translation>
    </message>
    <message>
        <source>average pooling spreads each window&apos;s gradient evenly over its {size} cells: sum over {windows} windows of upstream × 1/{size} = {terms} = {value}</source>
        <translation>平均プーリングは各窓の勾配をその {size} 個のセルに均等に分けます: {windows} 個の窓についての 上流の勾配 × 1/{size} の和 = {terms} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂x = sum over {filters} filters of (upstream gradient window × filter rotated 180°): {terms} = {value}</source>
        <translation>∂L/∂x = {filters} 個のフィルタについての (上流の勾配の窓 × 180° 回転したフィルタ) の和: {terms} = {value}</translation>
    </message>
    <message>
        <source>The gradient flows back through the same weights: a full convolution of the upstream gradient (padded by kernel - 1 - padding) with each filter rotated by 180°.</source>
        <translation>勾配は同じ重みを通って戻ります: 上流の勾配 (カーネル − 1 − パディング だけ0で囲んだもの) と、180° 回転した各フィルタとのフル畳み込みです。</translation>
    </message>
    <message>
        <source>The gradient flows back through the same weights: with stride {stride} the upstream gradient is first spread out, {gaps} zeros between its cells, then fully convolved with each filter rotated by 180°.</source>
        <translation>勾配は同じ重みを通って戻ります: ストライド {stride} なので、上流の勾配はまずセルの間に {gaps} 個の0を挟んで広げられ、180° 回転した各フィルタとフル畳み込みされます。</translation>
    </message>
    <message>
        <source>∂L/∂x = sum over every filter position covering this cell of (upstream gradient × ∂{similarity}/∂x there): {terms} = {value}</source>
        <translation>∂L/∂x = このセルを覆うすべてのフィルタ位置についての (上流の勾配 × そこでの ∂{similarity}/∂x) の和: {terms} = {value}</translation>
    </message>
    <message>
        <source>∂L/∂x[{feature}] = sum over {outputs} outputs of ∂L/∂z[k] × W[k, {feature}] = {terms} = {value}</source>
        <translation>∂L/∂x[{feature}] = {outputs} 個の出力についての ∂L/∂z[k] × W[k, {feature}] の和 = {terms} = {value}</translation>
    </message>
    <message>
        <source>Flatten only reorders: this is feature {feature} of the gradient below, {value}</source>
        <translation>平坦化 (Flatten) は並べ替えるだけです: これは下の勾配の特徴 {feature}、{value} です</translation>
    </message>
    <message>
        <source>∂L/∂w = sum over the {positions} positions of the filter of (upstream gradient × input value under this weight) = {value}</source>
        <translation>∂L/∂w = フィルタの {positions} 個の位置についての (上流の勾配 × この重みの下の入力値) の和 = {value}</translation>
    </message>
    <message>
        <source>∂L/∂w = sum over the {positions} positions of the filter of (upstream gradient × ∂{similarity}/∂w there) = {value}</source>
        <translation>∂L/∂w = フィルタの {positions} 個の位置についての (上流の勾配 × そこでの ∂{similarity}/∂w) の和 = {value}</translation>
    </message>
    <message>
        <source>Does the filter slide over the input again when it learns? Yes: to find how to change this weight, the same window slides over the same input, and each input value under the weight is multiplied by the gradient arriving at that output cell instead of by the weight.</source>
        <translation>学習するとき、フィルタはもう一度入力の上をスライドするのか? はい: この重みをどう変えるかを求めるために、同じ窓が同じ入力の上をスライドし、重みの下の各入力値に、重みの代わりにその出力セルに届いた勾配を掛けます。</translation>
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
        <translation>このセルでは {count} 個のスタンプが重なる: {terms} = {total}; + バイアス {bias} = {value}</translation>
    </message>
    <message>
        <source>no input cell&apos;s stamp reaches this cell: only the bias {bias} = {value}</source>
        <translation>このセルに届く入力セルのスタンプはない: バイアスのみ {bias} = {value}</translation>
    </message>
    <message>
        <source>input cell ({channel}, {row}, {col}) = {value} stamps weight [{u}, {v}] = {weight}: {product}</source>
        <translation>入力セル ({channel}, {row}, {col}) = {value} が重み [{u}, {v}] = {weight} をスタンプ: {product}</translation>
    </message>
    <message>
        <source>each input cell stamps the filter, scaled by its value, onto the output {stride} cells after the previous one (top-left corner at (i·{stride} − {padding}, j·{stride} − {padding})); where stamps overlap they add</source>
        <translation>各入力セルは、自分の値を掛けたフィルタを出力にスタンプする。スタンプ位置は前のセルから {stride} セルずつずれる（左上隅は (i·{stride} − {padding}, j·{stride} − {padding})）。スタンプが重なる所では値が足し合わされる</translation>
    </message>
    <message>
        <source>the same arithmetic is the input gradient of an ordinary convolution: a conv2d with these weights, stride {stride} and padding {padding} maps this {output} map back to {input}, and its backward pass spreads each output cell&apos;s gradient over its patch exactly as these stamps spread the input</source>
        <translation>同じ計算は、通常の畳み込みの入力に対する勾配でもある: これらの重み、ストライド {stride}、パディング {padding} の conv2d はこの {output} のマップを {input} に戻す写像であり、その誤差逆伝播は各出力セルの勾配を、これらのスタンプが入力を広げるのとまったく同じようにパッチ全体へ広げる</translation>
    </message>
    <message>
        <source>{mode} upsampling by {scale}: {terms} = {value}</source>
        <translation>{mode} アップサンプリング（倍率 {scale}）: {terms} = {value}</translation>
    </message>
    <message>
        <source>{weight} × input ({row}, {col}) = {value}</source>
        <translation>{weight} × 入力 ({row}, {col}) = {value}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) is not a {expected} layer</source>
        <translation>層 &apos;{layer}&apos;（{kind}）は {expected} 層ではない</translation>
    </message>
    <message>
        <source>the learning rate η must be a number above 0, not {value}</source>
        <translation>学習率 η は 0 より大きい数でなければなりません ({value} ではなく)</translation>
    </message>
    <message>
        <source>w ← w - η · ∂L/∂w with η = {eta}, for all {count} parameters</source>
        <translation>w ← w - η · ∂L/∂w (η = {eta})、全 {count} 個のパラメータについて</translation>
    </message>
    <message>
        <source>loss on this drawing: {before} → {after} ({change})</source>
        <translation>この絵での損失: {before} → {after} ({change})</translation>
    </message>
    <message>
        <source>an input of {shape} = {cells} cells is over the limit of {limit}; choose fewer channels or a smaller size (at most {side}x{side} with {channels} channels)</source>
        <translation>{shape} = {cells} セルの入力は上限 {limit} を超えています。チャネルを減らすか、サイズを小さくしてください（{channels} チャネルなら最大 {side}x{side}）</translation>
    </message>
    <message>
        <source>an input of {channels} channels cannot be drawn or photographed; choose 1 (grey) or 3 (colour: R, G, B)</source>
        <translation>{channels} チャンネルの入力は描くことも撮ることもできません。1（グレー）か 3（カラー：R, G, B）を選んでください</translation>
    </message>
    <message>
        <source>{file}: not a scene file (a number has more than {limit} digits)</source>
        <translation>{file}: シーンファイルではありません（数の桁が {limit} 桁を超えています）</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a pen colour: three whole numbers from 0 to 255 (red, green, blue)</source>
        <translation>フィールド「{field}」はペンの色でなければなりません：0 から 255 までの 3 つの整数（赤、緑、青）</translation>
    </message>
    <message>
        <source>{path}: the model&apos;s output is not a number for this image (its weights overflow float32 here); no prediction</source>
        <translation>{path}: この画像ではモデルの出力が数値にならない (ここで重みの計算が float32 の範囲をあふれる)。予測なし</translation>
    </message>
    <message>
        <source>{kind}: {detail} (this is a bug in cnnviz; please report it)</source>
        <translation>{kind}: {detail} (cnnviz のバグです。報告してください)</translation>
    </message>
    <message>
        <source>no camera found at index {index}: check that a camera is connected and not in use by another program</source>
        <translation>インデックス {index} のカメラが見つかりません。カメラが接続されていて、他のプログラムで使用中でないことを確認してください</translation>
    </message>
    <message>
        <source>camera {index} stopped sending pictures (was it unplugged, or taken by another program?)</source>
        <translation>カメラ {index} から画像が届かなくなりました（接続が外れたか、他のプログラムに使われていませんか？）</translation>
    </message>
    <message>
        <source>camera {index} is closed; open it again to read pictures</source>
        <translation>カメラ {index} は閉じられています。画像を読み取るには、もう一度開いてください</translation>
    </message>
    <message>
        <source>colour-shape classes must all be shapes ({shapes}) or all ink colours ({colours}), got {names}</source>
        <translation>色・形のクラスは、すべて形（{shapes}）にするか、すべてインクの色（{colours}）にする必要がありますが、{names} が指定されました</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: フォルダが存在しません</translation>
    </message>
    <message>
        <source>{folder} has no class folders: put each class&apos;s images in a subfolder named after the class (for example {example})</source>
        <translation>{folder} にクラスのフォルダがありません。各クラスの画像を、クラス名を付けたサブフォルダに入れてください（例: {example}）</translation>
    </message>
    <message>
        <source>{folder}: the folder name cannot be a class name: {reason}</source>
        <translation>{folder}: このフォルダ名はクラス名に使えません: {reason}</translation>
    </message>
    <message>
        <source>{path}: {megabytes} MB is too large for a training image (the limit is {limit} MB)</source>
        <translation>{path}: {megabytes} MB は学習用の画像としては大きすぎます（上限は {limit} MB）</translation>
    </message>
    <message>
        <source>{path}: cannot be used for training: {reason}</source>
        <translation>{path}: 学習に使用できません: {reason}</translation>
    </message>
    <message>
        <source>reading ONNX files needs the onnx package: pip install &quot;cnnviz[onnx]&quot; (or pip install onnx)</source>
        <translation>ONNX ファイルの読み込みには onnx パッケージが必要: pip install &quot;cnnviz[onnx]&quot;（または pip install onnx）</translation>
    </message>
    <message>
        <source>{file}: cannot read it as an ONNX model ({reason})</source>
        <translation>{file}: ONNX モデルとして読み込めない（{reason}）</translation>
    </message>
    <message>
        <source>{file}: {size} MB is over the limit of {limit} MB for an ONNX model cnnviz can show</source>
        <translation>{file}: {size} MB は、cnnviz で表示できる ONNX モデルの上限 {limit} MB を超えている</translation>
    </message>
    <message>
        <source>{file}: {count} nodes, over the limit of {limit}; cnnviz shows small networks</source>
        <translation>{file}: ノード数 {count} は上限 {limit} を超えている。cnnviz が表示するのは小さなネットワーク</translation>
    </message>
    <message>
        <source>{file}: tensor &apos;{tensor}&apos; has {count} values, over the limit of {limit}</source>
        <translation>{file}: テンソル &apos;{tensor}&apos; の値の数 {count} は上限 {limit} を超えている</translation>
    </message>
    <message>
        <source>{file}: the weights hold {count} values in all, over the limit of {limit}</source>
        <translation>{file}: 重みの値は合計 {count} 個で、上限 {limit} を超えている</translation>
    </message>
    <message>
        <source>{file}: tensor &apos;{tensor}&apos; is stored in another file; cnnviz reads only the file given (save the model with its weights inside)</source>
        <translation>{file}: テンソル &apos;{tensor}&apos; は別のファイルに保存されている。cnnviz は指定されたファイルしか読まない（重みをファイル内に含めてモデルを保存すること）</translation>
    </message>
    <message>
        <source>{file}: cnnviz cannot show these nodes: {nodes} (it shows Conv, ConvTranspose, Relu, LeakyRelu, Sigmoid, Tanh, MaxPool, AveragePool, Flatten, Gemm, MatMul + Add, Softmax, Resize and Upsample in one chain)</source>
        <translation>{file}: cnnviz はこれらのノードを表示できない: {nodes}（表示できるのは Conv, ConvTranspose, Relu, LeakyRelu, Sigmoid, Tanh, MaxPool, AveragePool, Flatten, Gemm, MatMul + Add, Softmax, Resize, Upsample が一列につながったもの）</translation>
    </message>
    <message>
        <source>{file}: the network must have one image input shaped (N, C, H, W), it has {inputs}</source>
        <translation>{file}: ネットワークには形 (N, C, H, W) の画像入力がちょうど 1 つ必要だが、入力は {inputs}</translation>
    </message>
    <message>
        <source>{file}: input &apos;{input}&apos; has shape {shape}; cnnviz needs (N, C, H, W) with C from 1 to {channels} and H, W from 1 to {side}</source>
        <translation>{file}: 入力 &apos;{input}&apos; の形は {shape}。cnnviz には C が 1〜{channels}、H と W が 1〜{side} の (N, C, H, W) が必要</translation>
    </message>
    <message>
        <source>{file}: node {node} does not take the previous node&apos;s output; cnnviz shows only networks that are one chain of layers</source>
        <translation>{file}: ノード {node} は前のノードの出力を受け取っていない。cnnviz が表示できるのは、層が一列につながったネットワークだけ</translation>
    </message>
    <message>
        <source>{file}: node {node}: {setting} is not supported ({reason})</source>
        <translation>{file}: ノード {node}: {setting} には対応していない（{reason}）</translation>
    </message>
    <message>
        <source>{file}: node {node}: {reason}</source>
        <translation>{file}: ノード {node}: {reason}</translation>
    </message>
    <message>
        <source>{file}: node {node} needs the constant tensor &apos;{tensor}&apos;, which the file does not hold</source>
        <translation>{file}: ノード {node} には定数テンソル &apos;{tensor}&apos; が必要だが、ファイルに含まれていない</translation>
    </message>
    <message>
        <source>{file}: the chain of layers ends at &apos;{last}&apos;, but the network&apos;s output is &apos;{output}&apos;</source>
        <translation>{file}: 層のつながりは &apos;{last}&apos; で終わっているが、ネットワークの出力は &apos;{output}&apos;</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {count} class names given, the network gives {outputs} scores</source>
        <translation>{file}: クラス名が {count} 個指定されたが、ネットワークが出力するスコアは {outputs} 個</translation>
    </message>
    <message>
        <source>the model has no convolution layer, so there is no ∂L/∂w of a first convolution to write as formulas</source>
        <translation>このモデルには畳み込み層がないので、数式として書き出す最初の畳み込みの ∂L/∂w がありません</translation>
    </message>
    <message>
        <source>the gradients were computed for another input than sample {sample} of the exported forward pass; compute them for the drawing being exported</source>
        <translation>勾配は書き出す順伝播のサンプル {sample} とは別の入力について計算されています。書き出す絵について計算し直してください</translation>
    </message>
    <message>
        <source>the gradients were computed by another model (layers {got}), not this one ({expected})</source>
        <translation>勾配は別のモデル (層 {got}) で計算されています。このモデル ({expected}) ではありません</translation>
    </message>
    <message>
        <source>{path} already exists and was not written by cnnviz export; choose another folder or move that file away</source>
        <translation>{path} はすでに存在し、cnnviz のエクスポートで書き出されたものではない。別のフォルダを選ぶか、そのファイルを別の場所へ移動すること</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; cnnviz export writes only to plain folders and files</source>
        <translation>{path} はシンボリックリンク。cnnviz のエクスポートは通常のフォルダとファイルにしか書き込まない</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} はフォルダではない</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; cannot be exported to PyTorch: {reason}</source>
        <translation>層 &apos;{layer}&apos; は PyTorch にエクスポートできない: {reason}</translation>
    </message>
    <message>
        <source>it scores patches with the {similarity} similarity, which torch.nn.Conv2d does not compute (only the standard inner product, &apos;dot&apos;, exports)</source>
        <translation>パッチを {similarity} 類似度でスコア付けしているが、torch.nn.Conv2d はこれを計算しない（エクスポートできるのは標準の内積 &apos;dot&apos; だけ）</translation>
    </message>
    <message>
        <source>PyTorch export does not know the layer type &apos;{kind}&apos;</source>
        <translation>PyTorch へのエクスポートは層の種類 &apos;{kind}&apos; に対応していない</translation>
    </message>
    <message>
        <source>Why is a convolution an inner product?</source>
        <translation>なぜ畳み込みは内積なのか？</translation>
    </message>
    <message>
        <source>Each cell is the patch under the filter times the filter, summed: the pinned cell&apos;s arithmetic is in the inspector</source>
        <translation>各セルはフィルタの下のパッチとフィルタの積の和です。固定したセルの計算はインスペクタにあります</translation>
    </message>
    <message>
        <source>Why do negative values surround a positive line?</source>
        <translation>なぜ正の線の周りに負の値が現れるのか？</translation>
    </message>
    <message>
        <source>Beside the line the filter&apos;s −0.5 weights sit on ink and its 1s on paper, so the sum is negative</source>
        <translation>線のすぐ横では、フィルタの −0.5 の重みがインクに、1 の重みが紙に重なるので、和は負になります</translation>
    </message>
    <message>
        <source>Why does a small ○ in one corner fool the hand-made detector?</source>
        <translation>隅の小さな ○ はなぜ手作りの検出器をだますのか？</translation>
    </message>
    <message>
        <source>Only one quadrant holds ink, so the ○&apos;s pattern of diagonals across the four quadrants is gone: about 50 % each</source>
        <translation>インクがあるのは一つの象限だけなので、○ の四象限にわたる斜線のパターンが消え、どちらも約 50 % になります</translation>
    </message>
    <message>
        <source>What are the 38 parameters?</source>
        <translation>38 個のパラメータとは何か？</translation>
    </message>
    <message>
        <source>conv1: 2 filters × 9 weights + 2 biases = 20; dense: 2 × 8 weights + 2 biases = 18</source>
        <translation>conv1: フィルタ 2 個 × 重み 9 + バイアス 2 = 20、dense: 2 × 8 の重み + バイアス 2 = 18</translation>
    </message>
    <message>
        <source>Hand-set or learned filters?</source>
        <translation>手で決めたフィルタと学習したフィルタ</translation>
    </message>
    <message>
        <source>What does zero padding do at the borders?</source>
        <translation>ゼロパディングは端で何をするのか？</translation>
    </message>
    <message>
        <source>One ring of zeros around the input: conv1&apos;s maps stay 28×28 and the corner cell&apos;s window reaches into the padding (dashed)</source>
        <translation>入力の周りにゼロを一周加えます。conv1 の特徴マップは 28×28 のままで、隅のセルの窓はパディングにはみ出します（破線）</translation>
    </message>
    <message>
        <source>Why odd kernel sizes, and why does 128 become 126?</source>
        <translation>なぜカーネルの大きさは奇数で、なぜ 128 が 126 になるのか？</translation>
    </message>
    <message>
        <source>A 3×3 filter has a centre cell and fits 128 − 3 + 1 = 126 times along each side</source>
        <translation>3×3 のフィルタには中心のセルがあり、各辺に沿って 128 − 3 + 1 = 126 回収まります</translation>
    </message>
    <message>
        <source>How do colour channels combine?</source>
        <translation>色のチャネルはどう組み合わされるのか？</translation>
    </message>
    <message>
        <source>A filter has one 3×3 slice per colour channel: the three inner products are added, one row each in the inspector</source>
        <translation>フィルタは色のチャネルごとに 3×3 の層を持ち、三つの内積が足されます。インスペクタではチャネルごとに一行です</translation>
    </message>
    <message>
        <source>How does softmax make percentages?</source>
        <translation>ソフトマックスはどうやって百分率を作るのか？</translation>
    </message>
    <message>
        <source>Softmax raises e to each logit and divides by the sum, so the outputs are positive and add up to 100 %</source>
        <translation>ソフトマックスは各ロジットで e をべき乗し、その和で割ります。出力は正で、合計は 100 % になります</translation>
    </message>
    <message>
        <source>Why is it called convolution when it computes cross-correlation?</source>
        <translation>相互相関を計算するのに、なぜ畳み込みと呼ぶのか？</translation>
    </message>
    <message>
        <source>A true convolution turns the filter by 180° first: the asymmetric corner filter changes, the symmetric “/” filter does not</source>
        <translation>本来の畳み込みはまずフィルタを 180° 回します。非対称な角のフィルタは変わり、対称な「/」のフィルタは変わりません</translation>
    </message>
    <message>
        <source>What do max, min and average pooling each keep?</source>
        <translation>最大・最小・平均プーリングはそれぞれ何を残すのか？</translation>
    </message>
    <message>
        <source>The Compare dock pools the same feature maps three ways and shows what each predicts</source>
        <translation>「比較」ドックは同じ特徴マップを三通りにプーリングし、それぞれの予測を示します</translation>
    </message>
    <message>
        <source>What is the dense layer?</source>
        <translation>全結合層とは何か？</translation>
    </message>
    <message>
        <source>Each output is an inner product of all {inputs} pooled values with one row of weights, plus a bias</source>
        <translation>各出力は、プーリングした {inputs} 個の値すべてと重みの一行との内積にバイアスを足したものです</translation>
    </message>
    <message>
        <source>Convolution or fully connected: how many parameters?</source>
        <translation>畳み込みか全結合か：パラメータはいくつ？</translation>
    </message>
    <message>
        <source>conv1 makes {outputs} outputs with {conv} parameters; a fully connected layer making them would need {dense}</source>
        <translation>conv1 は {conv} 個のパラメータで {outputs} 個の出力を作ります。全結合層なら {dense} 個必要です</translation>
    </message>
    <message>
        <source>What if similarity were a distance instead of an inner product?</source>
        <translation>内積の代わりに距離で似ている度合いを測ったら？</translation>
    </message>
    <message>
        <source>Radial-basis conv1: each cell is exp(−γ · distance²) between patch and filter, 1 when they match</source>
        <translation>動径基底の conv1: 各セルはパッチとフィルタの exp(−γ · 距離²) で、一致すれば 1 です</translation>
    </message>
    <message>
        <source>Why standardise the input?</source>
        <translation>なぜ入力を標準化するのか？</translation>
    </message>
    <message>
        <source>Each colour channel has its mean subtracted and is divided by its standard deviation, so the channels arrive on one scale</source>
        <translation>各色チャネルから平均を引き、標準偏差で割るので、チャネルは同じ尺度で届きます</translation>
    </message>
    <message>
        <source>How does backpropagation train random filters?</source>
        <translation>誤差逆伝播はランダムなフィルタをどう学習させるのか？</translation>
    </message>
    <message>
        <source>Random filters, one slow step at a time: each step moves every weight against its gradient; the Training dock shows the filters before → after</source>
        <translation>ランダムなフィルタを 1 ステップずつゆっくり：各ステップですべての重みが勾配と逆向きに動きます。学習ドックに学習前 → 学習後のフィルタが表示されます</translation>
    </message>
    <message>
        <source>What is a transposed convolution?</source>
        <translation>転置畳み込みとは何か？</translation>
    </message>
    <message>
        <source>Each input cell paints the filter, scaled by its value, onto a larger output: 26×26 becomes 28×28</source>
        <translation>各入力セルが自分の値で拡大縮小したフィルタを、より大きな出力に描きます。26×26 が 28×28 になります</translation>
    </message>
    <message>
        <source>Why does stride 2 halve the size?</source>
        <translation>ストライド 2 でなぜサイズが半分になるのか？</translation>
    </message>
    <message>
        <source>The filter jumps 2 cells at a time: floor((28 + 2·1 − 3) / 2) + 1 = 14, so conv1&apos;s maps are 14×14, half of 28×28</source>
        <translation>フィルタは 2 セルずつ跳んで動きます。floor((28 + 2·1 − 3) / 2) + 1 = 14 なので、conv1 の特徴マップは 28×28 の半分の 14×14 です</translation>
    </message>
    <message>
        <source>How can a network make a map larger without a transposed convolution?</source>
        <translation>転置畳み込みを使わずに特徴マップを大きくするには？</translation>
    </message>
    <message>
        <source>Upsample, then convolve: up1 repeats each cell 2×2 (26×26 → 52×52) and conv2 smooths the blocks, keeping 52×52</source>
        <translation>アップサンプリングしてから畳み込む：up1 が各セルを 2×2 に繰り返し（26×26 → 52×52）、conv2 がブロックを滑らかにして 52×52 を保ちます</translation>
    </message>
    <message>
        <source>128 → 126: a 3×3 filter shrinks the map</source>
        <translation>128 → 126：3×3 フィルタでマップが縮む</translation>
    </message>
    <message>
        <source>Padding keeps the size</source>
        <translation>パディングでサイズが保たれる</translation>
    </message>
    <message>
        <source>Stride 2 halves it</source>
        <translation>ストライド 2 で半分になる</translation>
    </message>
    <message>
        <source>Upsample, then convolve</source>
        <translation>アップサンプリングしてから畳み込む</translation>
    </message>
    <message>
        <source>A {k}×{k} filter fits {n} − {k} + 1 = {out} times along each side, so the {n}×{n} input becomes a {out}×{out} map in {layer}</source>
        <translation>{k}×{k} のフィルタは各辺に沿って {n} − {k} + 1 = {out} 回収まるので、{n}×{n} の入力は {layer} で {out}×{out} の特徴マップになります</translation>
    </message>
    <message>
        <source>One ring of zero padding: {n} + 2·{p} − {k} + 1 = {out}, so {layer} keeps the {n}×{n} size</source>
        <translation>ゼロのパディングを 1 周：{n} + 2·{p} − {k} + 1 = {out} なので、{layer} は {n}×{n} のサイズを保ちます</translation>
    </message>
    <message>
        <source>Stride {s}: the filter jumps {s} cells at a time, floor(({n} + 2·{p} − {k}) / {s}) + 1 = {out}, so {layer} halves {n}×{n} to {out}×{out}</source>
        <translation>ストライド {s}：フィルタは {s} セルずつ跳んで動き、floor(({n} + 2·{p} − {k}) / {s}) + 1 = {out} なので、{layer} は {n}×{n} を半分の {out}×{out} にします</translation>
    </message>
    <message>
        <source>{up} repeats every cell {s}×{s} ({n}×{n} → {big}×{big}); then {conv}, a 3×3 filter with padding 1, smooths the blocks and keeps {big}×{big}</source>
        <translation>{up} が各セルを {s}×{s} に繰り返し（{n}×{n} → {big}×{big}）、次に {conv}（パディング 1 の 3×3 フィルタ）がブロックを滑らかにして {big}×{big} を保ちます</translation>
    </message>
    <message>
        <source>no layer named &apos;{layer}&apos; in this model</source>
        <translation>このモデルには &apos;{layer}&apos; という層はありません</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is a {kind} layer; only a convolution has a backward window to step through</source>
        <translation>層 &apos;{layer}&apos; は {kind} 層です。誤差逆伝播の窓を一歩ずつ進められるのは畳み込み層だけです</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; has filters 0-{last}, not {value}</source>
        <translation>層 &apos;{layer}&apos; のフィルタは 0-{last} です ({value} ではなく)</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; has input channels 0-{last}, not {value}</source>
        <translation>層 &apos;{layer}&apos; の入力チャンネルは 0-{last} です ({value} ではなく)</translation>
    </message>
    <message>
        <source>the canvas is blank: draw something to probe</source>
        <translation>キャンバスが空です: 調べるには何か描いてください</translation>
    </message>
    <message>
        <source>cannot read &apos;{file}&apos;: {reason}</source>
        <translation>「{file}」を読み込めません: {reason}</translation>
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
        <source>mean has {means} values and std {stds}; give one of each per input channel</source>
        <translation>平均の値が {means} 個、標準偏差の値が {stds} 個あります。入力チャンネルごとに1つずつ指定してください</translation>
    </message>
    <message>
        <source>every std must be a finite number &gt; 0 (the spread of that channel in the training data), got {std}</source>
        <translation>標準偏差はすべて 0 より大きい有限の数（学習データにおけるそのチャンネルのばらつき）である必要がありますが、{std} が指定されました</translation>
    </message>
    <message>
        <source>every mean must be a finite number, got {mean}</source>
        <translation>平均はすべて有限の数である必要がありますが、{mean} が指定されました</translation>
    </message>
    <message>
        <source>the input has {channels} channels, its mean and std are for {expected}</source>
        <translation>入力のチャンネル数は {channels} ですが、平均と標準偏差は {expected} チャンネル用です</translation>
    </message>
    <message>
        <source>could not encode {file} as PNG</source>
        <translation>{file} を PNG に変換できませんでした</translation>
    </message>
    <message>
        <source>could not write the collection to {folder}: {reason}</source>
        <translation>コレクションを {folder} に書き込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>not an object of file names</source>
        <translation>ファイル名をキーとするオブジェクトではありません</translation>
    </message>
    <message>
        <source>ignored ({reason}); the images are used without strokes</source>
        <translation>無視しました（{reason}）。画像はストロークなしで使います</translation>
    </message>
    <message>
        <source>its strokes are unreadable ({reason}); the image is used alone</source>
        <translation>ストロークが読めません（{reason}）。画像だけを使います</translation>
    </message>
    <message>
        <source>{folder} has no {labels}: export a collection first, or choose its folder</source>
        <translation>{folder} に {labels} がありません。先にコレクションを書き出すか、そのフォルダを選んでください</translation>
    </message>
    <message>
        <source>could not read {file}: {reason}</source>
        <translation>{file} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>{file} needs the columns &apos;file&apos; and &apos;label&apos;, found {columns}</source>
        <translation>{file} には列「file」と「label」が必要ですが、あったのは {columns} です</translation>
    </message>
    <message>
        <source>{labels} line {line}: file {file} is missing</source>
        <translation>{labels} の {line} 行目: ファイル {file} がありません</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>読み込める画像ではありません</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels, expected {size} x {size}</source>
        <translation>{width} × {height} ピクセルですが、{size} × {size} でなければなりません</translation>
    </message>
    <message>
        <source>there is nothing to train on: add drawings with &quot;Add as ○/×&quot; or ask for synthetic sketches</source>
        <translation>学習するデータがありません: 「○として追加」「×として追加」で絵を加えるか、合成スケッチを指定してください</translation>
    </message>
    <message>
        <source>{arch}: random (He) initial weights</source>
        <translation>{arch}: 重みの初期値はランダム（He）</translation>
    </message>
    <message>
        <source>{layer}: {count} of {total} filters start from {source}&apos;s</source>
        <translation>{layer}: フィルタ {total} 個のうち {count} 個は {source} のフィルタから開始</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>そのモデル</translation>
    </message>
    <message>
        <source>that model</source>
        <translation>そのモデル</translation>
    </message>
    <message>
        <source>no conv layer of {source} fits {arch}; all filters are random</source>
        <translation>{source} の畳み込み層はどれも {arch} に合わないため、フィルタはすべてランダム</translation>
    </message>
    <message>
        <source>convolutions use {similarity} similarity</source>
        <translation>畳み込みは {similarity} 類似度を使用</translation>
    </message>
    <message>
        <source>trained in the app; {notes}</source>
        <translation>アプリで学習。{notes}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}。{rest}</translation>
    </message>
    <message>
        <source>no training samples: collect at least a few drawings or add synthetic sketches</source>
        <translation>学習用のサンプルがありません: 絵をいくつか集めるか、合成スケッチを加えてください</translation>
    </message>
    <message>
        <source>{kind}: {reason}</source>
        <translation>{kind}: {reason}</translation>
    </message>
    <message>
        <source>the worker process ended unexpectedly (exit code {code})</source>
        <translation>ワーカープロセスが予期せず終了しました（終了コード {code}）</translation>
    </message>
    <message>
        <source>the worker process ended unexpectedly</source>
        <translation>ワーカープロセスが予期せず終了しました</translation>
    </message>
    <message>
        <source>{file}: the scene must be a JSON object</source>
        <translation>{file}: シーンは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>{file}: {part} must be a JSON object</source>
        <translation>{file}: {part} は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; is missing</source>
        <translation>フィールド「{field}」がありません</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a whole number, got {value}</source>
        <translation>フィールド「{field}」は整数でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a number, got {value}</source>
        <translation>フィールド「{field}」は数でなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be &quot;{expected}&quot;, got &quot;{value}&quot; (is this a scene file?)</source>
        <translation>フィールド「{field}」は「{expected}」でなければなりませんが、「{value}」でした（シーンファイルでしょうか？）</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a language code such as &quot;en&quot;, &quot;ja&quot; or &quot;ru&quot;, got &quot;{value}&quot;</source>
        <translation>フィールド「{field}」は &quot;en&quot;、&quot;ja&quot;、&quot;ru&quot; のような言語コードでなければなりませんが、「{value}」でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be between {low} and {high} canvas pixels, got {value}</source>
        <translation>フィールド「{field}」はキャンバスの {low}〜{high} ピクセルでなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be between {low} and {high} pixels, got {value}</source>
        <translation>フィールド「{field}」は {low}〜{high} ピクセルでなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be between {low} and {high}, got {value}</source>
        <translation>フィールド「{field}」は {low} から {high} まででなければなりませんが、{value} でした</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a list of [x, y, pressure] number triples</source>
        <translation>フィールド「{field}」は [x, y, 筆圧] の 3 つの数の組のリストでなければなりません</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; holds a number that is not finite</source>
        <translation>フィールド「{field}」に有限でない数があります</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; is empty (a stroke has at least one point)</source>
        <translation>フィールド「{field}」が空です（ストロークには点が 1 つ以上あります）</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; must be a list of stage names</source>
        <translation>フィールド「{field}」は段の名前のリストでなければなりません</translation>
    </message>
    <message>
        <source>scene format version {version} is not supported (this cnnviz reads version {supported})</source>
        <translation>シーン形式のバージョン {version} には対応していません（この cnnviz が読めるのはバージョン {supported} です）</translation>
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
        <source>cannot be read: {reason}</source>
        <translation>読み込めません: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>正しい JSON ではありません（{line} 行目、{column} 列目: {error}）</translation>
    </message>
    <message>
        <source>the scene was drawn on a {scene}-pixel canvas; this canvas has {canvas} pixels</source>
        <translation>このシーンは {scene} ピクセルのキャンバスで描かれました。このキャンバスは {canvas} ピクセルです</translation>
    </message>
    <message>
        <source>&apos;{file}&apos;: an animation is saved as .gif or .mp4, not &apos;{suffix}&apos;</source>
        <translation>「{file}」: アニメーションは .gif か .mp4 で保存します。「{suffix}」は使えません</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>拡張子なし</translation>
    </message>
    <message>
        <source>sum of contributions {contributions}  +  bias term {bias}  =  {total}</source>
        <translation>寄与の和 {contributions}  +  バイアス項 {bias}  =  {total}</translation>
    </message>
    <message>
        <source>logit  =  {logit}</source>
        <translation>ロジット  =  {logit}</translation>
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
    <name>ModelEdits</name>
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
</context>
<context>
    <name>ModelMenu</name>
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
</context>
<context>
    <name>NetworkChoice</name>
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
</context>
<context>
    <name>PenPalette</name>
    <message>
        <source>Black</source>
        <translation>黒</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Pen colour: %1</source>
        <translation>ペンの色: %1</translation>
    </message>
    <message>
        <source>Pen colour</source>
        <translation>ペンの色</translation>
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
    <name>Questions</name>
    <message>
        <source>&amp;Questions</source>
        <translation>質問(&amp;Q)</translation>
    </message>
    <message>
        <source>All questions…</source>
        <translation>すべての質問…</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions learners asked</source>
        <translation>受講者が尋ねた質問</translation>
    </message>
    <message>
        <source>Choose a question: the model, a drawing, the cell to look at and a one-line answer are set up for you.</source>
        <translation>質問を選ぶと、モデル、絵、見るべきセル、一行の答えが用意されます。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
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
    <name>ScheduleChoice</name>
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
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>slow: watch every step</source>
        <translation>ゆっくり：各ステップを見る</translation>
    </message>
    <message>
        <source>Slow: a pause after every step, and the filters and the pipeline shown after each one, to watch backpropagation change them</source>
        <translation>ゆっくり：各ステップの後に一時停止し、そのたびにフィルタとパイプラインを表示して、誤差逆伝播がそれらを変える様子を見られます</translation>
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
    <name>SizeScenes</name>
    <message>
        <source>Scenes: &amp;sizes</source>
        <translation>シーン：サイズ(&amp;S)</translation>
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
    <name>StandardiseSwitch</name>
    <message>
        <source>Standardise like the training data</source>
        <translation>学習データと同じように標準化</translation>
    </message>
    <message>
        <source>On: the input goes through (x − mean) / std with the mean and std of the training data, as the network learned. Off: the network sees the picture as it is, like a photo nobody standardised.</source>
        <translation>オン：入力は学習データの平均と標準偏差で (x − mean) / std に変換され、ネットワークが学習したときと同じになります。オフ：ネットワークは画像をそのまま見ます。誰も標準化しなかった写真と同じです。</translation>
    </message>
    <message>
        <source>The input is standardised like the training data.</source>
        <translation>入力は学習データと同じように標準化されています。</translation>
    </message>
    <message>
        <source>Standardisation is off: the network sees the picture as it is, not as it learned.</source>
        <translation>標準化はオフです：ネットワークは画像を学習したときの形ではなく、そのまま見ています。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The saved settings or collection could not be used (see the log); this window starts with defaults and leaves them as they are</source>
        <translation>保存された設定またはコレクションを使えませんでした (ログを参照)。このウィンドウは既定の設定で起動し、保存されたものはそのまま残します</translation>
    </message>
    <message>
        <source>the saved setting &apos;{0}&apos; (not understood)</source>
        <translation>保存された設定 &apos;{0}&apos; (読み取れない値)</translation>
    </message>
    <message>
        <source>the model &apos;{0}&apos;: {1}</source>
        <translation>モデル &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>{0} damaged entries of the collection in {1} (left on disk, not loaded): {2}</source>
        <translation>{1} のコレクションの壊れた項目 {0} 件 (ディスクには残し、読み込んでいません): {2}</translation>
    </message>
    <message>
        <source>Not restored at start: {0}</source>
        <translation>起動時に復元できなかったもの: {0}</translation>
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
        <source>forward pass</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <source>backward pass</source>
        <translation>誤差逆伝播</translation>
    </message>
    <message>
        <source>Step through the forward pass, or through the gradients of the backward pass</source>
        <translation>順伝播を一歩ずつたどるか、誤差逆伝播の勾配をたどるか</translation>
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
    <message>
        <source>onto rows %1 to %2, cols %3 to %4</source>
        <translation>出力の行 %1〜%2、列 %3〜%4 に</translation>
    </message>
    <message>
        <source>entirely into the cropped border (padding)</source>
        <translation>すべて切り取られる縁（パディング）に</translation>
    </message>
    <message>
        <source>input cell (%1, %2) = %3 stamps the filter, scaled by its value, %4  ·  step %5 of %6  ·  stride %7</source>
        <translation>入力セル (%1, %2) = %3 が自分の値を掛けたフィルタを %4 スタンプ  ·  ステップ %5 / %6  ·  ストライド %7</translation>
    </message>
    <message>
        <source>  (every input channel stamps its own filter slice; they add)</source>
        <translation>  （各入力チャネルが自分のフィルタの断面をスタンプし、それらが足し合わされる）</translation>
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
<context>
    <name>WeightPanel</name>
    <message>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>{0}  (bias {1})</source>
        <translation>{0}  (バイアス {1})</translation>
    </message>
    <message>
        <source>map {0}</source>
        <translation>マップ {0}</translation>
    </message>
    <message>
        <source>{0}: each class&apos;s weights on the pooled maps, laid out as the maps (quadrants). {1} × {2} weights + {1} biases</source>
        <translation>{0}：各クラスのプーリング後の特徴マップに対する重みを、マップと同じ配置（象限）で表示。重み {1} × {2} 個 + バイアス {1} 個</translation>
    </message>
    <message>
        <source>hand-set ({0})</source>
        <translation>手で設定 ({0})</translation>
    </message>
    <message>
        <source>filter {0}</source>
        <translation>フィルタ {0}</translation>
    </message>
    <message>
        <source>learned ({0})</source>
        <translation>学習済み ({0})</translation>
    </message>
    <message>
        <source>First convolution&apos;s filters: set by hand beside learned from examples</source>
        <translation>最初の畳み込み層のフィルタ：手で設定したものと例から学習したものを並べて</translation>
    </message>
</context>
</TS>
