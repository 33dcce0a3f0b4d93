<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About nnviz</source>
        <translation>nnviz 정보</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>A desktop neural-network playground: watch a network learn, live.</source>
        <translation>데스크톱 신경망 놀이터: 신경망이 배우는 모습을 실시간으로 지켜보세요.</translation>
    </message>
    <message>
        <source>Free software under the MIT License: use, copy, change and share it freely.</source>
        <translation>MIT 라이선스의 자유 소프트웨어입니다. 자유롭게 쓰고, 복사하고, 고치고, 나누세요.</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2 · NumPy %3 · Python %4</source>
        <translation>Qt %1 · PySide6 %2 · NumPy %3 · Python %4</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>라이선스(&amp;L)…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Built with &lt;a href='https://www.qt.io/'&gt;Qt&lt;/a&gt; and &lt;a href='https://doc.qt.io/qtforpython-6/'&gt;PySide6&lt;/a&gt; (LGPL-3.0), &lt;a href='https://www.pyqtgraph.org/'&gt;pyqtgraph&lt;/a&gt; (MIT) and &lt;a href='https://numpy.org/'&gt;NumPy&lt;/a&gt; (BSD).</source>
        <translation>&lt;a href='https://www.qt.io/'&gt;Qt&lt;/a&gt;와 &lt;a href='https://doc.qt.io/qtforpython-6/'&gt;PySide6&lt;/a&gt; (LGPL-3.0), &lt;a href='https://www.pyqtgraph.org/'&gt;pyqtgraph&lt;/a&gt; (MIT), &lt;a href='https://numpy.org/'&gt;NumPy&lt;/a&gt; (BSD)로 만들었습니다.</translation>
    </message>
    <message>
        <source>Inspired by &lt;a href='%1'&gt;TensorFlow Playground&lt;/a&gt; by Daniel Smilkov and Shan Carter.</source>
        <translation>Daniel Smilkov와 Shan Carter의 &lt;a href='%1'&gt;TensorFlow Playground&lt;/a&gt;에서 영감을 받았습니다.</translation>
    </message>
    <message>
        <source>nnviz is released under the MIT License.

Full text: %1</source>
        <translation>nnviz는 MIT 라이선스로 배포됩니다.

전문: %1</translation>
    </message>
    <message>
        <source>nnviz — MIT License</source>
        <translation>nnviz — MIT 라이선스</translation>
    </message>
</context>
<context>
    <name>ActivationsView</name>
    <message>
        <source>&lt;b&gt;Activation and its slope.&lt;/b&gt; Backprop multiplies by f′(z) at every layer; where f′ is near 0 (red bands, |f′| &amp;lt; %1) the gradient all but vanishes. Sigmoid's slope is at most 0.25, so through n layers it shrinks at least like 0.25ⁿ. Below: softmax of a vector, computed as written and with the maximum subtracted first (the same answer, without overflow).</source>
        <translation>&lt;b&gt;활성화 함수와 그 기울기.&lt;/b&gt; 역전파 (backpropagation)는 층마다 f′(z)를 곱합니다. f′이 0에 가까운 곳(빨간 띠, |f′| &amp;lt; %1)에서는 기울기가 거의 사라집니다 (기울기 소실). 시그모이드의 기울기는 최대 0.25이므로 n개 층을 지나면 적어도 0.25ⁿ만큼 작아집니다. 아래: 벡터의 소프트맥스를 식 그대로 계산한 값과 최댓값을 먼저 빼고 계산한 값 (답은 같고 오버플로가 없습니다).</translation>
    </message>
    <message>
        <source>Layers in a row</source>
        <translation>연달은 층 수</translation>
    </message>
    <message>
        <source>Softmax: why subtract the maximum (seed 004)</source>
        <translation>소프트맥스: 왜 최댓값을 빼는가 (seed 004)</translation>
    </message>
    <message>
        <source>z =</source>
        <translation>z =</translation>
    </message>
    <message>
        <source>largest |f′(x)| = &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;→&amp;nbsp; through %2 layers the gradient is multiplied by at most &lt;b&gt;%3&lt;/b&gt;. %4</source>
        <translation>가장 큰 |f′(x)| = &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;→&amp;nbsp; %2개 층을 지나면 기울기에 많아야 &lt;b&gt;%3&lt;/b&gt;이(가) 곱해집니다. %4</translation>
    </message>
    <message>
        <source>Type numbers separated by commas, like 1010, 1000, 990.</source>
        <translation>1010, 1000, 990처럼 쉼표로 구분한 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>e^z (as written)</source>
        <translation>e^z (식 그대로)</translation>
    </message>
    <message>
        <source>e^z / Σ e^z (as written)</source>
        <translation>e^z / Σ e^z (식 그대로)</translation>
    </message>
    <message>
        <source>z − max(z)</source>
        <translation>z − max(z)</translation>
    </message>
    <message>
        <source>e^(z − max)</source>
        <translation>e^(z − max)</translation>
    </message>
    <message>
        <source>softmax (engine, stable)</source>
        <translation>소프트맥스 (엔진, 안정적)</translation>
    </message>
    <message>
        <source>As written, e^z overflows (e^710 is already too big for a float64): ∞ / ∞ = NaN. Subtracting the maximum changes nothing mathematically, but the largest exponent becomes e^0 = 1 and the answer is finite.</source>
        <translation>식 그대로면 e^z가 오버플로됩니다 (e^710은 이미 float64로 담기에 너무 큽니다): ∞ / ∞ = NaN. 최댓값을 빼도 수학적으로는 달라지는 것이 없지만, 가장 큰 지수가 e^0 = 1이 되어 답이 유한한 값으로 나옵니다.</translation>
    </message>
    <message>
        <source>Both ways agree here; try 1010, 1000, 990 to see the written formula overflow.</source>
        <translation>여기서는 두 방법이 같은 답을 냅니다. 1010, 1000, 990을 넣어 식 그대로가 오버플로되는 것을 보세요.</translation>
    </message>
</context>
<context>
    <name>AnimationExportDialog</name>
    <message>
        <source>Record animation</source>
        <translation>애니메이션 녹화</translation>
    </message>
    <message>
        <source>GIF (plays everywhere)</source>
        <translation>GIF (어디서나 재생)</translation>
    </message>
    <message>
        <source>MP4 (small, smooth)</source>
        <translation>MP4 (작고 부드러움)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Frames are taken as training shows new states: press Play (or step) while recording.</source>
        <translation>학습이 새 상태를 보여 줄 때마다 프레임을 찍습니다. 녹화하는 동안 재생(또는 한 스텝)을 누르세요.</translation>
    </message>
    <message>
        <source>%v of %m frames</source>
        <translation>프레임 %v / %m</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>화면:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>프레임 속도:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>녹화</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Restore unsaved experiment?</source>
        <extracomment>How often the project is written while it has changes (tests shorten it).</extracomment>
        <translation>저장하지 않은 실험을 되살릴까요?</translation>
    </message>
    <message>
        <source>nnviz closed last time with changes that were not saved (it stopped, or was closed with Ctrl+C). Restore the experiment it saved automatically?</source>
        <translation>지난번 nnviz는 저장하지 않은 변경 사항이 있는 채로 닫혔습니다(멈췄거나 Ctrl+C로 닫혔습니다). 자동으로 저장해 둔 실험을 되살릴까요?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>되살릴 수 없음</translation>
    </message>
    <message>
        <source>The automatic save cannot be read: %1</source>
        <translation>자동 저장 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The unsaved experiment is back. Save it with Ctrl+S.</source>
        <translation>저장하지 않았던 실험을 되살렸습니다. Ctrl+S로 저장하세요.</translation>
    </message>
</context>
<context>
    <name>BackpropView</name>
    <message>
        <source>&lt;b&gt;Backpropagation:&lt;/b&gt; the error E flows back from the output. Each neuron gets dE/da from the layer after it, multiplies by its slope da/dz to get dE/dz, and each incoming link gets dE/dw = dE/dz · x (its input). Choose a link to see the product with the actual numbers and the step the optimizer takes. On the graph: dE/dz beside each neuron, and dE/dw as the links' width (blue positive, orange negative). Dropout is off and batch norm uses its running statistics here.</source>
        <extracomment>Worst relative error below which backprop and central differences agree.</extracomment>
        <translation>&lt;b&gt;역전파 (backpropagation):&lt;/b&gt; 오차 E가 출력에서 거꾸로 흘러갑니다. 각 뉴런은 다음 층에서 dE/da를 받아 자신의 기울기 da/dz를 곱해 dE/dz를 얻고, 들어오는 각 연결은 dE/dw = dE/dz · x(그 연결의 입력)를 얻습니다. 연결을 고르면 실제 숫자로 쓴 곱셈과 옵티마이저가 내딛을 한 걸음을 볼 수 있습니다. 그래프에는 뉴런마다 dE/dz가, 연결의 굵기로 dE/dw가 표시됩니다 (파랑은 양수, 주황은 음수). 여기서는 드롭아웃을 끄고, 배치 정규화는 이동 평균 통계를 씁니다.</translation>
    </message>
    <message>
        <source>One point</source>
        <translation>점 하나</translation>
    </message>
    <message>
        <source>All training points</source>
        <translation>모든 훈련 데이터</translation>
    </message>
    <message>
        <source>target t</source>
        <translation>목표값 t</translation>
    </message>
    <message>
        <source>The answer the network should give: the class (0, 1, …) or the value. A click takes the label of the nearest training point.</source>
        <translation>신경망이 내야 할 정답: 클래스(0, 1, …)나 값입니다. 클릭하면 가장 가까운 훈련 데이터의 레이블을 가져옵니다.</translation>
    </message>
    <message>
        <source>Check against central differences</source>
        <translation>중앙 차분으로 검산</translation>
    </message>
    <message>
        <source>Recompute every gradient as (E(w + ε) − E(w − ε)) / 2ε and compare</source>
        <translation>모든 기울기를 (E(w + ε) − E(w − ε)) / 2ε로 다시 계산해 비교합니다</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <source>Links (choose one)</source>
        <translation>연결 (하나를 고르세요)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출발</translation>
    </message>
    <message>
        <source>To</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>다음 한 걸음</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>검산할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Worst relative error %1: backprop agrees with central differences.</source>
        <translation>가장 큰 상대 오차 %1: 역전파가 중앙 차분과 일치합니다.</translation>
    </message>
    <message>
        <source>Worst relative error %1: backprop and central differences disagree.</source>
        <translation>가장 큰 상대 오차 %1: 역전파와 중앙 차분이 서로 다릅니다.</translation>
    </message>
    <message>
        <source>There are no training points to send an error back from: draw some points or choose a dataset.</source>
        <translation>오차를 거꾸로 보낼 훈련 데이터가 없습니다: 점을 그리거나 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>신경망을 기다리는 중…</translation>
    </message>
    <message>
        <source>E = %1 on %2 point(s)</source>
        <translation>점 %2개에 대한 E = %1</translation>
    </message>
    <message>
        <source>Choose a link in the table to see its chain rule.</source>
        <translation>표에서 연결을 고르면 그 연쇄 법칙을 보여 줍니다.</translation>
    </message>
    <message>
        <source>(one step of %1 from a fresh start: the running averages of the training run are not in the snapshot)</source>
        <translation>(%1의 처음 상태에서의 한 걸음: 학습 중에 쌓인 이동 평균은 스냅숏에 없습니다)</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>Show test data</source>
        <translation>테스트 데이터 보기</translation>
    </message>
    <message>
        <source>Draw the held-out test points as hollow circles</source>
        <translation>따로 떼어 둔 테스트 데이터를 속이 빈 원으로 그립니다</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
    </message>
    <message>
        <source>Paint each region in one solid colour: the network's decision instead of its confidence</source>
        <translation>영역마다 한 가지 색으로 칠합니다: 신경망의 확신 정도 대신 결정 (결정 경계)만 보여 줍니다</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Output neuron {0}</source>
        <translation>출력 뉴런 {0}</translation>
    </message>
    <message>
        <source>Hidden layer {0} · neuron {1}</source>
        <translation>은닉층 {0} · 뉴런 {1}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>클래스 {0}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>&amp;Presentation mode</source>
        <extracomment>Presentation mode zooms to at least this on a screen 1080 pixels tall or more ... ... and less on a shorter one (a 1280 x 800 projector): at 150 % there the output view, the network and a docked instrument no longer fit, and the output shrank to a stamp. The zoom is the largest step at most screen height / PIXELS_PER_ZOOM, and at least this. ... and slows training to this many steps per second, so the teacher can narrate. Transport icons grow by this factor in presentation mode.</extracomment>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text and lines, big buttons, a slow speed to narrate.</source>
        <translation>전체 화면, 큰 글자와 굵은 선, 큰 버튼, 설명하며 보기 좋은 느린 속도.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text and lines.</source>
        <translation>글자와 선을 크게 합니다.</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text and lines.</source>
        <translation>글자와 선을 작게 합니다.</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Text and lines at their normal size.</source>
        <translation>글자와 선을 원래 크기로 되돌립니다.</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation>고대비 테마(&amp;H)</translation>
    </message>
    <message>
        <source>Black text and dark frames, readable on a pale projector.</source>
        <translation>검은 글자와 진한 테두리: 흐린 프로젝터에서도 잘 읽힙니다.</translation>
    </message>
    <message>
        <source>&amp;Customize controls…</source>
        <translation>조작 요소 고르기(&amp;C)…</translation>
    </message>
    <message>
        <source>Hide groups of controls the class does not need yet.</source>
        <translation>수업에서 아직 필요 없는 조작 요소 묶음을 숨깁니다.</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Customize controls</source>
        <translation>조작 요소 고르기</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: small losses stay apart.</source>
        <translation>손실을 로그 눈금으로 보여 줍니다: 작은 손실끼리도 구별됩니다.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>&amp;Compare two runs…</source>
        <translation>두 실행 비교하기(&amp;C)…</translation>
    </message>
    <message>
        <source>Train a copy of this experiment beside it, from the same data and the same first weights; change a setting of either and watch both learn.</source>
        <translation>같은 데이터와 같은 처음 가중치로 이 실험의 복사본을 나란히 학습시킵니다. 어느 한쪽의 설정을 바꾸고 둘이 어떻게 학습하는지 지켜보세요.</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>옵티마이저:</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes.</source>
        <translation>기울기를 가중치 변화로 바꾸는 규칙입니다 (optimizer).</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>학습률:</translation>
    </message>
    <message>
        <source>How big each step downhill is (학습률, learning rate).</source>
        <translation>내리막으로 한 번에 얼마나 크게 내딛는지 정합니다 (학습률, learning rate).</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>활성화 함수:</translation>
    </message>
    <message>
        <source>The activation of every hidden layer.</source>
        <translation>모든 은닉층의 활성화 함수입니다 (activation function).</translation>
    </message>
    <message>
        <source>Initializer:</source>
        <translation>가중치 초기화:</translation>
    </message>
    <message>
        <source>How the first weights are drawn. With the same initializer both runs start from exactly the same weights.</source>
        <translation>처음 가중치를 어떻게 뽑을지 정합니다. 초기화 방법이 같으면 두 실행은 정확히 같은 가중치에서 출발합니다 (weight initialization).</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>드롭아웃:</translation>
    </message>
    <message>
        <source>The share of hidden neurons switched off at random in each training step, in every hidden layer.</source>
        <translation>모든 은닉층에서, 학습 단계마다 무작위로 끄는 뉴런의 비율입니다 (dropout).</translation>
    </message>
    <message>
        <source>Normalize every hidden layer's sums over each batch.</source>
        <translation>모든 은닉층의 가중합을 배치마다 정규화합니다 (batch normalization).</translation>
    </message>
    <message>
        <source>Regularization:</source>
        <translation>규제:</translation>
    </message>
    <message>
        <source>A penalty on large weights added to the loss.</source>
        <translation>큰 가중치에 주는 벌점으로, 손실에 더해집니다 (regularization).</translation>
    </message>
    <message>
        <source>Reg. rate:</source>
        <translation>규제 강도:</translation>
    </message>
    <message>
        <source>How strong the weight penalty is.</source>
        <translation>가중치 벌점이 얼마나 센지 정합니다.</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>배치 크기:</translation>
    </message>
    <message>
        <source>How many points each weight update looks at.</source>
        <translation>가중치를 한 번 갱신할 때 보는 데이터 점의 개수입니다 (batch size).</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type %2.</source>
        <translation>“%1”은(는) 숫자가 아닙니다. %2처럼 입력하세요.</translation>
    </message>
    <message>
        <source>a learning rate such as 0.03</source>
        <translation>0.03 같은 학습률</translation>
    </message>
    <message>
        <source>a rate such as 0.001</source>
        <translation>0.001 같은 비율</translation>
    </message>
    <message>
        <source>Diverged at epoch %1</source>
        <translation>에포크 %1에서 발산함</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>오류로 멈춤</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>아직 학습하지 않음</translation>
    </message>
    <message>
        <source>Test loss %1 · training loss %2</source>
        <translation>테스트 손실 %1 · 훈련 손실 %2</translation>
    </message>
    <message>
        <source>Compare two runs — nnviz</source>
        <translation>두 실행 비교 — nnviz</translation>
    </message>
    <message>
        <source>Step one epoch</source>
        <translation>한 에포크 학습</translation>
    </message>
    <message>
        <source>Both runs train one more epoch (Right arrow).</source>
        <translation>두 실행이 모두 한 에포크 더 학습합니다 (오른쪽 화살표).</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>Both runs back to their shared first weights, same settings (Ctrl+R).</source>
        <translation>두 실행을 함께 쓰는 처음 가중치로 되돌립니다. 설정은 그대로입니다 (Ctrl+R).</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>새 가중치</translation>
    </message>
    <message>
        <source>Draw new first weights, again the same for both runs: does the difference hold for another start?</source>
        <translation>처음 가중치를 새로 뽑습니다 (두 실행에 똑같이). 다른 출발점에서도 차이가 그대로일까요?</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <source>%1 epochs/s</source>
        <translation>초당 %1 에포크</translation>
    </message>
    <message>
        <source>How fast both runs train.</source>
        <translation>두 실행이 학습하는 빠르기입니다.</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <source>Both runs are the same: change a setting of A or B.</source>
        <translation>두 실행이 똑같습니다: A나 B의 설정을 하나 바꿔 보세요.</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>대</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <source>Epoch A %1 · B %2</source>
        <translation>에포크 A %1 · B %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Train both runs, or pause (Space).</source>
        <translation>두 실행을 학습시키거나 잠시 멈춥니다 (스페이스).</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>Train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>rows: true class · columns: predicted</source>
        <translation>행: 실제 클래스 · 열: 예측한 클래스</translation>
    </message>
    <message>
        <source>Confusion matrix: each row is the points of one true class (its colour on the left), each column what the network answered (colour on top). The diagonal holds the right answers; a large number off it shows which classes get mixed up.</source>
        <translation>혼동 행렬 (confusion matrix): 각 행은 실제 클래스 하나의 점들(왼쪽 색)이고, 각 열은 신경망이 답한 클래스(위쪽 색)입니다. 대각선에 맞힌 개수가 있고, 대각선 밖의 큰 숫자는 어떤 클래스끼리 헷갈리는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%2개 중 %1개 맞힘</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <extracomment>Rows the preview shows.</extracomment>
        <translation>CSV 가져오기</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>파일: {0}</translation>
    </message>
    <message>
        <source>&amp;Classes (2 to 6)</source>
        <translation>클래스(&amp;C) (2~6개)</translation>
    </message>
    <message>
        <source>&amp;Values to predict (regression)</source>
        <translation>예측할 값(&amp;V) (회귀)</translation>
    </message>
    <message>
        <source>&amp;Standardize: mean 0, spread 2 on each axis (the points fill the plane)</source>
        <translation>표준화(&amp;S): 축마다 평균 0, 퍼짐 2 (점들이 평면을 채웁니다)</translation>
    </message>
    <message>
        <source>&amp;Keep the values (the view fits itself to them)</source>
        <translation>값 그대로 두기(&amp;K) (보기가 값에 맞춰집니다)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>x&amp;₁ (across):</source>
        <translation>x&amp;₁ (가로):</translation>
    </message>
    <message>
        <source>x&amp;₂ (up):</source>
        <translation>x&amp;₂ (세로):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>The label is:</source>
        <translation>레이블의 종류:</translation>
    </message>
    <message>
        <source>On the plane:</source>
        <translation>평면에 놓는 방법:</translation>
    </message>
    <message>
        <source>choose two different columns for x₁ and x₂</source>
        <translation>x₁과 x₂에는 서로 다른 열을 고르세요</translation>
    </message>
    <message>
        <source>the file has {0} rows; your own data holds at most {1} points</source>
        <translation>파일에 {0}개 행이 있습니다. 내 데이터에는 점을 최대 {1}개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>{0} points, each with a value to predict.</source>
        <translation>점 {0}개, 각각 예측할 값이 있습니다.</translation>
    </message>
    <message>
        <source>{0} points in {1} classes: {2}</source>
        <translation>점 {0}개, 클래스 {1}개: {2}</translation>
    </message>
    <message>
        <source>Cannot import this file: {0}</source>
        <translation>이 파일을 가져올 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>baseline: always guess the median %1</source>
        <extracomment>"Nice" mantissas the axis ranges snap to: a range changes in steps of at most 25 %, so the axes (the costliest part of a redraw) rebuild their ticks a few times per decade of epochs, not every frame. Room around the curves, as a share of each axis's span (so 0 is not drawn on an axis line). A line label's backing and margins around its text.</extracomment>
        <translation>기준 모델: 늘 중앙값 %1로 예측</translation>
    </message>
    <message>
        <source>baseline: always guess the mean %1</source>
        <translation>기준 모델: 늘 평균 %1로 예측</translation>
    </message>
    <message>
        <source>baseline: always guess blue</source>
        <translation>기준 모델: 늘 파랑으로 예측</translation>
    </message>
    <message>
        <source>baseline: always guess orange</source>
        <translation>기준 모델: 늘 주황으로 예측</translation>
    </message>
    <message>
        <source>baseline: always guess %1 % blue</source>
        <translation>기준 모델: 늘 파랑 %1 %로 예측</translation>
    </message>
    <message>
        <source>baseline: always guess the class shares</source>
        <translation>기준 모델: 늘 클래스 비율로 예측</translation>
    </message>
    <message>
        <source>Test loss</source>
        <extracomment>The loss axis reaches at least this multiple of the baseline, so its label fits above it.</extracomment>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Share of test points classified correctly</source>
        <translation>테스트 데이터 중 올바르게 분류한 비율</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>테스트 R²</translation>
    </message>
    <message>
        <source>R² on the test points: 1 − (squared error) / (squared spread of the targets). 1 is a perfect fit, 0 no better than always guessing the mean.</source>
        <translation>테스트 데이터의 결정 계수 R²: 1 − (오차 제곱) / (목표값 퍼짐의 제곱). 1이면 완벽하게 맞고, 0이면 늘 평균을 답하는 것보다 나을 게 없습니다.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>손실을 로그 축으로 보여 줍니다</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>The loss of always guessing the same answer — the class shares, or the mean of the targets. A model that learns anything must get below this line.</source>
        <translation>기준 모델 (baseline)의 손실: 늘 같은 답(클래스 비율이나 목표값의 평균)을 낼 때의 손실입니다. 무엇이든 배운 모델이라면 이 선 아래로 내려가야 합니다.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>기준 모델</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>에포크 {0}</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
</context>
<context>
    <name>CustomizePanel</name>
    <message>
        <source>Click an eye to hide or show a group of controls. What you hide is saved with the project.</source>
        <translation>눈 모양을 눌러 조작 요소 묶음을 숨기거나 보이세요. 숨긴 것은 프로젝트와 함께 저장됩니다.</translation>
    </message>
    <message>
        <source>Show &amp;all controls</source>
        <translation>모든 조작 요소 보이기(&amp;A)</translation>
    </message>
    <message>
        <source>Shown: click to hide</source>
        <translation>보이는 중: 누르면 숨깁니다</translation>
    </message>
    <message>
        <source>Hidden: click to show</source>
        <translation>숨긴 상태: 누르면 보입니다</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Choose a dataset</source>
        <translation>데이터셋 선택</translation>
    </message>
    <message>
        <source>How many of the points the network learns from; the rest are kept aside as test data, to check that it also works on points it has never seen.</source>
        <translation>신경망이 학습에 쓰는 점의 비율입니다. 나머지는 테스트 데이터로 따로 두어, 한 번도 보지 못한 점에서도 잘 맞히는지 확인합니다.</translation>
    </message>
    <message>
        <source>How far the points are scattered away from the clean pattern. Noisy data is harder to learn and easier to overfit.</source>
        <translation>점들이 깨끗한 무늬에서 얼마나 흩어져 있는지입니다. 노이즈 (noise)가 많은 데이터는 학습하기 어렵고 과대적합 (overfitting)되기 쉽습니다.</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>클래스(&amp;C):</translation>
    </message>
    <message>
        <source>How many groups (classes) of points the dataset has. Several classes need a softmax output with one neuron per class.</source>
        <translation>데이터셋에 있는 점의 무리(클래스) 개수입니다. 클래스가 여럿이면 클래스마다 뉴런이 하나씩 있는 소프트맥스 (softmax) 출력이 필요합니다.</translation>
    </message>
    <message>
        <source>&amp;Inputs 0 and 1, as in the truth table</source>
        <translation>진리표처럼 입력을 0과 1로(&amp;I)</translation>
    </message>
    <message>
        <source>Put the four points at the truth table's corners (0,0), (1,0), (0,1), (1,1), as in the course; the output view zooms to them. Off: corners at ±3, on the same scale as the other datasets.</source>
        <translation>수업에서처럼 네 점을 진리표의 꼭짓점 (0,0), (1,0), (0,1), (1,1)에 둡니다. 출력 화면도 그 범위로 확대됩니다. 끄면 꼭짓점이 ±3에 놓여 다른 데이터셋과 같은 축척이 됩니다.</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>점 개수(&amp;P):</translation>
    </message>
    <message>
        <source>How many points the dataset has in all (training plus test). More points show the pattern better but make each epoch slower.</source>
        <translation>데이터셋의 전체 점 개수(훈련 + 테스트)입니다. 점이 많을수록 무늬가 잘 드러나지만 에포크마다 시간이 더 걸립니다.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <source>Draw a fresh random sample of points with the same shape (a new data seed).</source>
        <translation>같은 모양으로 점을 새로 무작위 추출합니다 (새 데이터 시드).</translation>
    </message>
    <message>
        <source>%1 points of your own. Draw on the output view (D: left drag adds, right drag erases), or File → Import CSV…</source>
        <translation>직접 만든 점 %1개. 출력 보기에 그리거나(D: 왼쪽 드래그로 추가, 오른쪽 드래그로 지우기) 파일 → CSV 가져오기…를 쓰세요.</translation>
    </message>
    <message>
        <source>&amp;Train: %1%  ·  Test: %2%</source>
        <translation>훈련(&amp;T): %1%  ·  테스트: %2%</translation>
    </message>
    <message>
        <source>&amp;Noise: %1%</source>
        <translation>노이즈(&amp;N): %1%</translation>
    </message>
</context>
<context>
    <name>DatasetGrid</name>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>Your own points: draw them on the output view (D) or import a CSV file (File → Import CSV…).</source>
        <translation>직접 만든 점: 출력 보기에 그리거나(D) CSV 파일을 가져오세요 (파일 → CSV 가져오기…).</translation>
    </message>
</context>
<context>
    <name>DescentView</name>
    <message>
        <source>loss</source>
        <extracomment>The slider spans learning rates 10^LOG_MIN .. 10^LOG_MAX in SLIDER_STEPS notches.</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient descent:&lt;/b&gt; x ← x − η·f′(x). The blue line is the tangent; its slope f′(x) is the gradient. A tiny η crawls, a good one converges, a large one overshoots to the other side and, past a limit, diverges (on the bowl f = x², beyond η = 1). Click the plot or type x to choose where the ball starts.</source>
        <translation>&lt;b&gt;경사 하강법 (gradient descent):&lt;/b&gt; x ← x − η·f′(x). 파란 선은 접선이고, 그 기울기 f′(x)가 기울기 (gradient)입니다. η가 아주 작으면 기어가고, 알맞으면 수렴하며, 크면 반대편으로 지나치고, 한계를 넘으면 발산합니다 (그릇 f = x²에서는 η = 1부터). 그래프를 클릭하거나 x를 입력해 공이 출발할 곳을 고르세요.</translation>
    </message>
    <message>
        <source>Bowl  f = x²</source>
        <translation>그릇  f = x²</translation>
    </message>
    <message>
        <source>Local and global minimum</source>
        <translation>지역 최솟값과 전역 최솟값</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>평탄한 구간</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>곡선</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <source>Start x</source>
        <translation>시작 x</translation>
    </message>
    <message>
        <source>step %1 &amp;nbsp; x = &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; loss f(x) = &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; slope f′(x) = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; next step −η·f′(x) = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>스텝 %1 &amp;nbsp; x = &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; 손실 f(x) = &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; 기울기 f′(x) = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; 다음 걸음 −η·f′(x) = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rolling downhill.</source>
        <translation>내리막을 굴러가는 중입니다.</translation>
    </message>
    <message>
        <source>Crawling: the learning rate is so small that each step barely moves. It will get there, one day.</source>
        <translation>기어가는 중: 학습률이 너무 작아서 스텝마다 거의 움직이지 않습니다. 언젠가는 도착합니다.</translation>
    </message>
    <message>
        <source>Converged: the slope is zero at the minimum, so the steps stop.</source>
        <translation>수렴: 최솟값에서는 기울기가 0이므로 걸음이 멈춥니다.</translation>
    </message>
    <message>
        <source>Stuck in a local minimum: the slope is zero here too, but a lower valley exists elsewhere.</source>
        <translation>지역 최솟값에 갇혔습니다: 여기서도 기울기는 0이지만, 더 낮은 골짜기가 다른 곳에 있습니다.</translation>
    </message>
    <message>
        <source>Overshooting: each step jumps past the minimum to the other side.</source>
        <translation>지나침: 스텝마다 최솟값을 넘어 반대편으로 건너뜁니다.</translation>
    </message>
    <message>
        <source>Diverged: every step lands farther from the minimum than the last, and the loss grows without limit. Lower the learning rate.</source>
        <translation>발산: 스텝마다 지난번보다 최솟값에서 더 멀리 떨어지고, 손실이 끝없이 커집니다. 학습률을 낮추세요.</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <source>Restore last good weights</source>
        <translation>마지막 정상 가중치 복원</translation>
    </message>
    <message>
        <source>Go back to the weights from just before the loss became infinite, so the training so far is not lost.</source>
        <translation>손실이 무한대가 되기 직전의 가중치로 돌아가므로, 지금까지의 학습을 잃지 않습니다.</translation>
    </message>
    <message>
        <source>Go back to the weights that did best on the test data so far. Training goes on from there.</source>
        <translation>지금까지 테스트 데이터에서 가장 좋았던 가중치로 돌아갑니다. 학습은 거기서부터 이어집니다.</translation>
    </message>
    <message>
        <source>Lower learning rate</source>
        <translation>학습률 낮추기</translation>
    </message>
    <message>
        <source>Take smaller steps: a smaller learning rate stops the updates from overshooting and blowing up.</source>
        <translation>더 작은 걸음으로 내려갑니다. 학습률 (learning rate)을 줄이면 갱신이 최솟값을 지나쳐 폭주하는 것을 막습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close this message (Esc).</source>
        <translation>이 메시지를 닫습니다 (Esc).</translation>
    </message>
    <message>
        <source>Training diverged in epoch %1: the loss became infinite or not a number. The learning rate %2 is probably too large — each step overshoots the minimum. Try %3, or go back to earlier weights.</source>
        <translation>에포크 %1에서 학습이 발산했습니다. 손실이 무한대 또는 숫자가 아닌 값(NaN)이 되었습니다. 학습률 %2이(가) 너무 큰 것 같습니다 — 스텝마다 최솟값을 지나칩니다. %3을(를) 써 보거나, 이전 가중치로 돌아가세요.</translation>
    </message>
    <message>
        <source>Training is stuck: since epoch %1 the training loss has sat on the baseline %2 (the dashed line), so the network gives about the same answer everywhere. Its gradients may be vanishing (deep sigmoid or tanh layers: try ReLU or batch normalization), or the learning rate %3 saturated its neurons (try %4).</source>
        <translation>학습이 멈춰 있습니다. 에포크 %1부터 훈련 손실이 기준선 %2(점선)에 머물러, 신경망이 어디서나 거의 같은 답을 냅니다. 기울기 소실일 수 있고(깊은 시그모이드나 tanh 층: ReLU나 배치 정규화를 써 보세요), 학습률 %3이(가) 뉴런들을 포화시켰을 수도 있습니다(%4을(를) 써 보세요).</translation>
    </message>
    <message>
        <source>Training is unstable: since epoch %1 the training loss has stayed above the baseline %2 (always guessing the same answer, the dashed line) or kept rising. The learning rate %3 is probably too large. Try %4, or go back to the best weights so far. Training goes on meanwhile.</source>
        <translation>학습이 불안정합니다. 에포크 %1부터 훈련 손실이 기준선 %2(늘 같은 답을 내는 경우, 점선)보다 높거나 계속 오르고 있습니다. 학습률 %3이(가) 너무 큰 것 같습니다. %4을(를) 써 보거나, 지금까지 가장 좋았던 가중치로 돌아가세요. 그동안에도 학습은 계속됩니다.</translation>
    </message>
    <message>
        <source>Restore best weights (epoch %1, test loss %2)</source>
        <translation>최고 가중치 복원 (에포크 %1, 테스트 손실 %2)</translation>
    </message>
    <message>
        <source>Restore best weights (epoch %1, train loss %2)</source>
        <translation>최고 가중치 복원 (에포크 %1, 훈련 손실 %2)</translation>
    </message>
</context>
<context>
    <name>DrawTools</name>
    <message>
        <source>✎ Draw</source>
        <extracomment>Points of a stroke lie this share of the shown plane's side apart (40 across the plane). The eraser's radius, as a share of the shown plane's side. The picker's id for "draw values" (the class ids are 0..5).</extracomment>
        <translation>✎ 그리기</translation>
    </message>
    <message>
        <source>Draw your own points on the output (D): left click or drag adds points of the chosen class or value, right drag erases. They become the dataset “My data”.</source>
        <translation>출력 위에 직접 점을 그립니다 (D): 왼쪽 클릭이나 드래그로 고른 클래스나 값의 점을 추가하고, 오른쪽 드래그로 지웁니다. 그린 점은 ‘내 데이터’ 데이터셋이 됩니다.</translation>
    </message>
    <message>
        <source>Draw points of class {0}</source>
        <translation>클래스 {0}의 점 그리기</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Draw points with a target value (regression)</source>
        <translation>목표값이 있는 점 그리기 (회귀)</translation>
    </message>
    <message>
        <source>The target value of the points you draw</source>
        <translation>그리는 점의 목표값</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Remove all of your points (Ctrl+Z brings them back)</source>
        <translation>내 점을 모두 지웁니다 (Ctrl+Z로 되살릴 수 있습니다)</translation>
    </message>
    <message>
        <source>These points have values, not classes: choose Value, or Clear first.</source>
        <translation>이 점들에는 클래스가 아니라 값이 있습니다: ‘값’을 고르거나 먼저 모두 지우세요.</translation>
    </message>
    <message>
        <source>These points have classes, not values: choose a class, or Clear first.</source>
        <translation>이 점들에는 값이 아니라 클래스가 있습니다: 클래스를 고르거나 먼저 모두 지우세요.</translation>
    </message>
    <message>
        <source>This dataset has {0} points; drawing starts from them and My data holds at most {1}. Lower the number of points first, or Clear.</source>
        <translation>이 데이터셋에는 점이 {0}개 있습니다. 그리기는 이 점들에서 시작하는데, 내 데이터에는 최대 {1}개까지 담을 수 있습니다. 먼저 점의 개수를 줄이거나 모두 지우세요.</translation>
    </message>
    <message>
        <source>My data holds at most {0} points; erase some first.</source>
        <translation>내 데이터에는 점을 최대 {0}개까지 담을 수 있습니다. 먼저 몇 개를 지우세요.</translation>
    </message>
    <message>
        <source>This dataset has {0} points; My data holds at most {1}. Lower the number of points first, or Clear.</source>
        <translation>이 데이터셋에는 점이 {0}개 있는데, 내 데이터에는 최대 {1}개까지 담을 수 있습니다. 먼저 점의 개수를 줄이거나 모두 지우세요.</translation>
    </message>
</context>
<context>
    <name>ExceptionReporter</name>
    <message>
        <source>Internal error ({0}). nnviz goes on.</source>
        <translation>내부 오류({0}). nnviz는 계속 동작합니다.</translation>
    </message>
    <message>
        <source>Internal error ({0}). nnviz goes on; details in {1}</source>
        <translation>내부 오류({0}). nnviz는 계속 동작합니다. 자세한 내용은 {1}에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Recording %1 needs the Python package(s) %2. Install them with:
pip install "nnviz[export]"</source>
        <translation>%1 녹화에는 파이썬 패키지 %2이(가) 필요합니다. 다음 명령으로 설치하세요:
pip install "nnviz[export]"</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Picture…</source>
        <translation>그림(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Animation…</source>
        <translation>애니메이션(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Keras code or weights…</source>
        <translation>Keras 코드 또는 가중치(&amp;K)…</translation>
    </message>
    <message>
        <source>Keras script (*.py)</source>
        <translation>Keras 스크립트 (*.py)</translation>
    </message>
    <message>
        <source>nnviz.engine script (*.py)</source>
        <translation>nnviz.engine 스크립트 (*.py)</translation>
    </message>
    <message>
        <source>Weights as JSON (*.json)</source>
        <translation>가중치 JSON (*.json)</translation>
    </message>
    <message>
        <source>Weights as NumPy NPZ (*.npz)</source>
        <translation>가중치 NumPy NPZ (*.npz)</translation>
    </message>
    <message>
        <source>Export Keras code or weights</source>
        <translation>Keras 코드 또는 가중치 내보내기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>There is no model yet: wait for the first picture.</source>
        <translation>아직 모델이 없습니다. 첫 화면이 나올 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Whole window</source>
        <extracomment>Largest picture side in pixels (a 2× window on a 4K screen is 7680).</extracomment>
        <translation>창 전체</translation>
    </message>
    <message>
        <source>Network graph</source>
        <translation>신경망 그래프</translation>
    </message>
    <message>
        <source>Output (decision boundary)</source>
        <translation>출력 (결정 경계)</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>손실 곡선</translation>
    </message>
    <message>
        <source>Instrument: %1</source>
        <translation>실험 도구: %1</translation>
    </message>
    <message>
        <source>The picture would be %1 × %2 pixels; the largest side allowed is %3.</source>
        <translation>그림이 %1 × %2 픽셀이 됩니다. 한 변은 최대 %3까지만 됩니다.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>SVG export needs Qt's SVG module (PySide6.QtSvg), which this installation lacks; export a PNG instead.</source>
        <translation>SVG로 내보내려면 Qt의 SVG 모듈(PySide6.QtSvg)이 필요한데 이 설치에는 없습니다. 대신 PNG로 내보내세요.</translation>
    </message>
    <message>
        <source>Exported from nnviz</source>
        <translation>nnviz에서 내보냄</translation>
    </message>
</context>
<context>
    <name>ForwardView</name>
    <message>
        <source>&lt;b&gt;Forward pass (순전파):&lt;/b&gt; every neuron adds up its inputs times their weights plus its bias, z = Σ w·x + b, and sends on a = f(z). Click a point on the output view or type x₁, x₂; &lt;i&gt;Next layer&lt;/i&gt; walks through the network one layer at a time, as the computer does.</source>
        <translation>&lt;b&gt;순전파 (forward pass):&lt;/b&gt; 모든 뉴런은 입력에 가중치를 곱해 더하고 편향을 더한 가중합 z = Σ w·x + b를 구한 뒤, a = f(z)를 다음 층으로 보냅니다. 출력 보기에서 점을 클릭하거나 x₁, x₂를 입력하세요. &lt;i&gt;다음 층&lt;/i&gt;을 누르면 컴퓨터가 계산하는 순서대로 한 층씩 따라갑니다.</translation>
    </message>
    <message>
        <source>Next layer</source>
        <translation>다음 층</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>모든 층</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <source>Weighted sum z = Σ w·x + b</source>
        <translation>가중합 z = Σ w·x + b</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Output a = f(z)</source>
        <translation>출력 a = f(z)</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>신경망을 기다리는 중…</translation>
    </message>
    <message>
        <source>Layer %1 of %2: %3</source>
        <translation>층 %1 / %2: %3</translation>
    </message>
    <message>
        <source>Output for (%1, %2): a = %3</source>
        <translation>(%1, %2)의 출력: a = %3</translation>
    </message>
</context>
<context>
    <name>GhostRuns</name>
    <message>
        <source>data</source>
        <extracomment>Muted hues, one per ghost (by id): apart from the live curves' black, grey and green. The settings' names in ghost labels (nnviz.lab.ghost_runs.FIELD_NAMES, translated).</extracomment>
        <translation>데이터</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점 개수</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <source>training share</source>
        <translation>훈련 데이터 비율</translation>
    </message>
    <message>
        <source>data seed</source>
        <translation>데이터 시드</translation>
    </message>
    <message>
        <source>features</source>
        <translation>입력 특성</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <source>gate corners</source>
        <translation>논리 게이트 꼭짓점</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>output activation</source>
        <translation>출력 활성화 함수</translation>
    </message>
    <message>
        <source>initializer</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>regularization</source>
        <translation>규제</translation>
    </message>
    <message>
        <source>regularization rate</source>
        <translation>규제 강도</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>문제 유형</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>네스테로프</translation>
    </message>
    <message>
        <source>beta 1</source>
        <translation>베타 1</translation>
    </message>
    <message>
        <source>beta 2</source>
        <translation>베타 2</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>로(rho)</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>엡실론</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <source>decay epochs</source>
        <translation>감쇠 에포크</translation>
    </message>
    <message>
        <source>decay rate</source>
        <translation>감쇠율</translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation>경계 에포크</translation>
    </message>
    <message>
        <source>cosine alpha</source>
        <translation>코사인 알파</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>weight seed</source>
        <translation>가중치 시드</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <source>Earlier runs: the test loss of the last runs before each Reset or change of the model, as faint curves labelled with what changed. Pin one to keep it.</source>
        <translation>이전 실행: 재설정하거나 모델을 바꾸기 전 마지막 실행들의 테스트 손실을, 무엇이 바뀌었는지 적힌 흐린 곡선으로 보여 줍니다. 고정하면 계속 남습니다.</translation>
    </message>
    <message>
        <source>Earlier runs (%1) ▾</source>
        <translation>이전 실행 (%1) ▾</translation>
    </message>
    <message>
        <source>No earlier runs yet: Reset or change the model to keep one</source>
        <translation>아직 이전 실행이 없습니다: 재설정하거나 모델을 바꾸면 하나가 남습니다</translation>
    </message>
    <message>
        <source>Keep (pin): %1</source>
        <translation>고정해 두기: %1</translation>
    </message>
    <message>
        <source>Clear unpinned runs</source>
        <translation>고정하지 않은 실행 지우기</translation>
    </message>
    <message>
        <source>Clear all earlier runs</source>
        <translation>이전 실행 모두 지우기</translation>
    </message>
</context>
<context>
    <name>GradientFlowView</name>
    <message>
        <source>step</source>
        <extracomment>Layer colours, first (light) to last (dark): a student reads "deeper = darker". first/last norm ratio beyond which the view says "vanishing" / "exploding". Histograms per row when the view is tall (a wide one puts them all in one row).</extracomment>
        <translation>스텝</translation>
    </message>
    <message>
        <source>gradient size ‖dE/dW‖</source>
        <translation>기울기 크기 ‖dE/dW‖</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient flow (기울기 소실):&lt;/b&gt; each layer's gradient size, on a log scale. Backprop multiplies by every layer's slope on the way back and sigmoid's slope is at most 0.25, so a deep sigmoid network gives its first layers gradients orders of magnitude smaller than the last: they hardly learn (vanishing gradient). With ReLU and He initialization, or with batch norm, the layers stay within a factor of a few; gradients that grow layer after layer explode. The histograms: each layer's activations a; sigmoid values piled at 0 or 1 are saturated (slope ≈ 0).</source>
        <translation>&lt;b&gt;기울기 흐름 (기울기 소실):&lt;/b&gt; 층마다 기울기 크기를 로그 눈금으로 보여 줍니다. 역전파는 거꾸로 가며 층마다 기울기를 곱하는데 시그모이드의 기울기는 최대 0.25라서, 깊은 시그모이드 신경망에서는 앞쪽 층의 기울기가 마지막 층보다 몇 자릿수나 작아져 거의 배우지 못합니다 (기울기 소실, vanishing gradient). ReLU와 He 초기화, 또는 배치 정규화를 쓰면 층 사이 차이가 몇 배 안에 머뭅니다. 층을 지날수록 커지는 기울기는 폭주합니다 (exploding). 히스토그램은 층마다 활성화 값 a입니다. 0이나 1에 몰린 시그모이드 값은 포화된 것입니다 (기울기 ≈ 0).</translation>
    </message>
    <message>
        <source>Activations a per layer (training points)</source>
        <translation>층별 활성화 값 a (훈련 데이터)</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>기록 지우기</translation>
    </message>
    <message>
        <source>Train the network to see its gradients.</source>
        <translation>기울기를 보려면 신경망을 학습시키세요.</translation>
    </message>
    <message>
        <source>First layer's gradient / last layer's: %1</source>
        <translation>첫 층의 기울기 / 마지막 층의 기울기: %1</translation>
    </message>
    <message>
        <source>vanishing: the first layers barely learn</source>
        <translation>소실: 앞쪽 층이 거의 배우지 못합니다</translation>
    </message>
    <message>
        <source>exploding: the first layers take huge steps</source>
        <translation>폭주: 앞쪽 층이 엄청나게 큰 걸음을 내딛습니다</translation>
    </message>
    <message>
        <source>healthy: every layer learns</source>
        <translation>건강함: 모든 층이 배웁니다</translation>
    </message>
    <message>
        <source>%1 saturated</source>
        <translation>%1 포화</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <source>output</source>
        <extracomment>Space above the first node (the headers and titles are in a strip above the canvas).</extracomment>
        <translation>출력</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>출력 {0}</translation>
    </message>
    <message>
        <source>layer {0} · neuron {1}</source>
        <translation>층 {0} · 뉴런 {1}</translation>
    </message>
    <message>
        <source>click to stop using it</source>
        <translation>클릭하면 쓰지 않습니다</translation>
    </message>
    <message>
        <source>click to use it</source>
        <translation>클릭하면 씁니다</translation>
    </message>
    <message>
        <source>Weight {0} → {1}</source>
        <translation>가중치 {0} → {1}</translation>
    </message>
    <message>
        <source>Bias of {0}</source>
        <translation>{0}의 편향</translation>
    </message>
    <message>
        <source>Gradient ∂loss/∂w: {0}</source>
        <translation>기울기 ∂손실/∂w: {0}</translation>
    </message>
    <message>
        <source>Click to type a new value</source>
        <translation>클릭해서 새 값을 입력합니다</translation>
    </message>
</context>
<context>
    <name>GridHeatmap</name>
    <message>
        <source>diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <source>Choose parameters and values, then press Run.</source>
        <translation>하이퍼파라미터와 값을 고른 뒤 실행을 누르세요.</translation>
    </message>
    <message>
        <source>mean {0}{1} over {2} runs</source>
        <translation>{2}번 학습의 평균 {0}{1}</translation>
    </message>
    <message>
        <source>{0} runs diverged</source>
        <translation>{0}번 발산함</translation>
    </message>
    <message>
        <source>Click to load these settings into the playground.</source>
        <translation>누르면 이 설정을 놀이터로 불러옵니다.</translation>
    </message>
</context>
<context>
    <name>GridSearch</name>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Neurons per layer</source>
        <translation>층마다 뉴런 수</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층 수</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>규제 강도</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>테스트 R²</translation>
    </message>
    <message>
        <source>Training R²</source>
        <translation>훈련 R²</translation>
    </message>
</context>
<context>
    <name>GridSearchDialog</name>
    <message>
        <source>Grid search</source>
        <extracomment>Emitted when a search ends (finished or cancelled).</extracomment>
        <translation>그리드 서치</translation>
    </message>
    <message>
        <source>Parameter 1:</source>
        <translation>하이퍼파라미터 1:</translation>
    </message>
    <message>
        <source>Parameter 2:</source>
        <translation>하이퍼파라미터 2:</translation>
    </message>
    <message>
        <source>Runs per cell, each from other random starting weights.</source>
        <translation>칸마다 학습할 횟수입니다. 실행마다 다른 무작위 초기 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <source>Epochs each run trains.</source>
        <translation>실행마다 학습할 에포크 수입니다.</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>반복:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>에포크:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel search</source>
        <translation>서치 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Click a cell to load its settings into the playground.</source>
        <translation>칸을 누르면 그 칸의 설정을 놀이터로 불러옵니다.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Values separated by commas, e.g. 0.001, 0.01, 0.1</source>
        <translation>쉼표로 구분한 값, 예: 0.001, 0.01, 0.1</translation>
    </message>
    <message>
        <source>★ Best: {0} — {1} {2}{3}</source>
        <translation>★ 가장 좋은 칸: {0} — {1} {2}{3}</translation>
    </message>
    <message>
        <source>Each cell trains from the playground's settings with its values, on every core ({0} worker processes).</source>
        <translation>각 칸은 놀이터의 설정에 그 칸의 값을 넣어 학습합니다. 모든 코어를 씁니다 (작업 프로세스 {0}개).</translation>
    </message>
    <message>
        <source>estimating the time left…</source>
        <translation>남은 시간을 계산하는 중…</translation>
    </message>
    <message>
        <source>about {0} s left</source>
        <translation>약 {0}초 남음</translation>
    </message>
    <message>
        <source>{0} of {1} runs on {2} processes — {3}</source>
        <translation>{1}번 중 {0}번 학습 끝 (프로세스 {2}개) — {3}</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} runs; the finished cells are kept.</source>
        <translation>{1}번 중 {0}번 학습한 뒤 취소했습니다. 끝난 칸은 남겨 둡니다.</translation>
    </message>
    <message>
        <source>Done: {0} runs in {1} s.</source>
        <translation>완료: {0}번 학습, {1}초.</translation>
    </message>
    <message>
        <source>Export grid search as CSV</source>
        <translation>그리드 서치를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>GridSearchMenu</name>
    <message>
        <source>&amp;Grid search…</source>
        <translation>그리드 서치(&amp;G)…</translation>
    </message>
    <message>
        <source>Train every combination of one or two settings' values on every core and compare them in a heatmap.</source>
        <translation>설정 한두 개의 값을 모든 조합으로 모든 코어에서 학습하고 색 지도(heat map)로 비교합니다.</translation>
    </message>
</context>
<context>
    <name>HeaderStrip</name>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>입력 특성</translation>
    </message>
</context>
<context>
    <name>InstrumentDocks</name>
    <message>
        <source>&amp;Instruments</source>
        <extracomment>Share of the window's width the docks take when the first one opens on the right. Share of the window's height they take at the bottom. Windows at least this wide get the docks on the right, narrower ones at the bottom.</extracomment>
        <translation>실험 도구(&amp;I)</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>실험 도구</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Forward pass</source>
        <extracomment>Follows the live network: it draws on the graph and takes clicks on the output view, so it docks below the playground (both stay wide) rather than beside it.</extracomment>
        <translation>순전파 도구</translation>
    </message>
    <message>
        <source>One point through the live network: every neuron's z = Σ w·x + b and a = f(z), layer by layer.</source>
        <translation>점 하나가 지금 학습 중인 신경망을 지나갑니다: 층마다 모든 뉴런의 z = Σ w·x + b와 a = f(z).</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>역전파 도구</translation>
    </message>
    <message>
        <source>dE/dz on every neuron and dE/dw on every link of the live network, with the chain rule written out.</source>
        <translation>지금 학습 중인 신경망의 모든 뉴런의 dE/dz와 모든 연결의 dE/dw를, 연쇄 법칙(chain rule)을 풀어 쓴 식과 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>기울기 도구</translation>
    </message>
    <message>
        <source>Each layer's gradient size over time and its activations: see gradients vanish or explode.</source>
        <translation>층마다 기울기 크기의 변화와 활성화 값: 기울기가 소실되거나 폭주하는 모습을 봅니다.</translation>
    </message>
    <message>
        <source>Perceptron lab</source>
        <translation>퍼셉트론 실험실</translation>
    </message>
    <message>
        <source>Rosenblatt's rule sample by sample: AND and OR are learned, XOR never is.</source>
        <translation>로젠블랫의 규칙을 샘플 하나씩 적용합니다. AND와 OR은 배우지만 XOR은 끝내 배우지 못합니다.</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>경사 하강법 도구</translation>
    </message>
    <message>
        <source>A ball rolls down a loss curve: too small a learning rate crawls, too large diverges.</source>
        <translation>공이 손실 곡선을 따라 굴러 내려갑니다. 학습률이 너무 작으면 기어가고, 너무 크면 발산합니다.</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>옵티마이저 경주</translation>
    </message>
    <message>
        <source>SGD, momentum, NAG, Adagrad, RMSprop and Adam race down a loss surface.</source>
        <translation>SGD, 모멘텀, NAG, Adagrad, RMSprop, Adam이 손실 곡면을 따라 내려가며 경주합니다.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화 함수 도구</translation>
    </message>
    <message>
        <source>Each activation and its derivative; softmax with and without subtracting the maximum.</source>
        <translation>각 활성화 함수와 그 도함수, 그리고 최댓값을 빼거나 빼지 않고 계산한 소프트맥스.</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>손실 함수 도구</translation>
    </message>
    <message>
        <source>Squared error against cross-entropy, and the mean loss of a batch.</source>
        <translation>제곱 오차와 교차 엔트로피의 비교, 그리고 배치의 평균 손실.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Language of the interface; switching keeps the training as it is.</source>
        <translation>화면에 쓰이는 언어입니다. 바꿔도 학습 상태는 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>LayerHeader</name>
    <message>
        <source>Remove a neuron from this layer</source>
        <extracomment>Width of the + and − buttons stacked right of a layer's neuron count (narrow columns). A narrow column's activation name shrinks down to this size before it is elided.</extracomment>
        <translation>이 층에서 뉴런 하나 빼기</translation>
    </message>
    <message>
        <source>Add a neuron to this layer</source>
        <translation>이 층에 뉴런 하나 더하기</translation>
    </message>
    <message>
        <source>Neurons in this layer</source>
        <translation>이 층의 뉴런 수</translation>
    </message>
    <message>
        <source>Activation function of this layer</source>
        <translation>이 층의 활성화 함수</translation>
    </message>
    <message>
        <source>drop </source>
        <translation>드롭 </translation>
    </message>
    <message>
        <source>Dropout rate: the share of this layer's neurons switched off at random in each training step (0 = none)</source>
        <translation>드롭아웃 (dropout) 비율: 학습 스텝마다 이 층의 뉴런 중 무작위로 끄는 비율 (0 = 끄지 않음)</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <source>Batch normalization after this layer</source>
        <translation>이 층 뒤에 배치 정규화 (batch normalization)</translation>
    </message>
    <message>
        <source>{0} neurons</source>
        <translation>뉴런 {0}개</translation>
    </message>
</context>
<context>
    <name>LearningRatePlot</name>
    <message>
        <source>Learning rate by epoch (schedule)</source>
        <translation>에포크별 학습률 (스케줄)</translation>
    </message>
    <message>
        <source>The learning rate the schedule gives over the epochs: solid up to now, dotted for what is to come; the dot is the rate used now.</source>
        <translation>스케줄이 에포크에 따라 주는 학습률입니다. 지금까지는 실선, 앞으로는 점선이며, 점은 지금 쓰는 학습률입니다.</translation>
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation>에포크 %2에서 %1</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>&amp;Lessons</source>
        <extracomment>QCoreApplication property naming the interface language ("en", "ko"); the system's if unset. Share of the window's width the lesson dock takes when it opens. ... and the instruments it opens beside it (they take half the window alone).</extracomment>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>(no lessons found)</source>
        <translation>(수업 파일이 없습니다)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Some lesson files were skipped: %1</source>
        <translation>일부 수업 파일을 건너뛰었습니다: %1</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Try this</source>
        <translation>해 보기</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>이전(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>처음부터 다시(&amp;A)</translation>
    </message>
    <message>
        <source>The lesson before this one.</source>
        <translation>앞 수업으로 갑니다.</translation>
    </message>
    <message>
        <source>The next lesson.</source>
        <translation>다음 수업으로 갑니다.</translation>
    </message>
    <message>
        <source>Open this lesson again from its start: its settings, weights and tasks.</source>
        <translation>이 수업을 처음 상태(설정, 가중치, 과제)로 다시 엽니다.</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>수업 %1 / %2</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>해냈습니다!</translation>
    </message>
    <message>
        <source>Not yet: it ticks by itself when it is done.</source>
        <translation>아직입니다: 해내면 저절로 체크됩니다.</translation>
    </message>
</context>
<context>
    <name>LiveInstruments</name>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>은닉 %1</translation>
    </message>
</context>
<context>
    <name>LossesView</name>
    <message>
        <source>&lt;b&gt;Loss against the prediction y.&lt;/b&gt; Left: the answer is 1; right: it is 0. Both losses are 0 for a right answer, but a confidently wrong one (y near 0 when the answer is 1) costs cross-entropy −log y, which grows without limit, while the squared error stays small; the steeper slope is what drives learning. Below, the mean loss over N samples: the sum divided by N.</source>
        <translation>&lt;b&gt;예측값 y에 따른 손실.&lt;/b&gt; 왼쪽은 정답이 1, 오른쪽은 0일 때입니다. 맞힌 답이면 두 손실 모두 0이지만, 자신 있게 틀린 답(정답이 1인데 y가 0에 가까움)이면 교차 엔트로피는 −log y로 끝없이 커지고 제곱 오차는 작게 머뭅니다. 이 가파른 기울기가 학습을 이끕니다. 아래는 N개 샘플의 평균 손실(합을 N으로 나눈 값)입니다.</translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <source>½·(y − t)²  (the course's, sum of squares)</source>
        <translation>½·(y − t)²  (수업의 오차제곱합)</translation>
    </message>
    <message>
        <source>(y − t)²  (Keras mse)</source>
        <translation>(y − t)²  (Keras mse)</translation>
    </message>
    <message>
        <source>loss when the answer t = %1</source>
        <translation>정답 t = %1일 때의 손실</translation>
    </message>
    <message>
        <source>slope dL/dy when t = %1</source>
        <translation>t = %1일 때의 기울기 dL/dy</translation>
    </message>
    <message>
        <source>prediction y</source>
        <translation>예측값 y</translation>
    </message>
    <message>
        <source>A batch of N samples (edit the numbers)</source>
        <translation>샘플 N개의 배치 (숫자를 고쳐 보세요)</translation>
    </message>
    <message>
        <source>target t</source>
        <translation>목표값 t</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>Add a sample</source>
        <translation>샘플 더하기</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>마지막 샘플 빼기</translation>
    </message>
    <message>
        <source>Predictions and targets are numbers from 0 to 1.</source>
        <translation>예측값과 목표값은 0에서 1 사이의 숫자입니다.</translation>
    </message>
    <message>
        <source>mean over N = %1: &amp;nbsp; squared error &lt;span style='color:%2'&gt;%3&lt;/span&gt; &amp;nbsp; cross-entropy &lt;span style='color:%4'&gt;%5&lt;/span&gt;</source>
        <translation>N = %1개의 평균: &amp;nbsp; 제곱 오차 &lt;span style='color:%2'&gt;%3&lt;/span&gt; &amp;nbsp; 교차 엔트로피 &lt;span style='color:%4'&gt;%5&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnviz — neural network playground</source>
        <extracomment>While training runs, the loss curves are redrawn at most this often: they change slowly and redrawing their axes is the most expensive part of a frame. Paused, every snapshot is drawn.</extracomment>
        <translation>nnviz — 신경망 놀이터</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Your own points from a CSV file.</source>
        <translation>CSV 파일에서 내 점을 가져옵니다.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo setting</source>
        <translation>설정 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>Go back to the settings before the last change.</source>
        <translation>마지막으로 바꾸기 전의 설정으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>&amp;Redo setting</source>
        <translation>설정 다시 하기(&amp;R)</translation>
    </message>
    <message>
        <source>Apply the undone change again.</source>
        <translation>되돌린 변경을 다시 적용합니다.</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>학습(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>재생 / 일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>Train continuously, or pause.</source>
        <translation>쉬지 않고 학습하거나, 잠시 멈춥니다.</translation>
    </message>
    <message>
        <source>&amp;Step one batch</source>
        <translation>배치 하나만 학습(&amp;S)</translation>
    </message>
    <message>
        <source>One weight update from one batch.</source>
        <translation>배치 하나로 가중치를 한 번 갱신합니다.</translation>
    </message>
    <message>
        <source>Step one &amp;epoch</source>
        <translation>한 에포크 학습(&amp;E)</translation>
    </message>
    <message>
        <source>One pass through all training points.</source>
        <translation>모든 훈련 데이터를 한 번 훑습니다.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>재설정(&amp;R)</translation>
    </message>
    <message>
        <source>New random weights, same data.</source>
        <translation>데이터는 그대로 두고 가중치를 새로 무작위로 정합니다.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the screen (for a projector).</source>
        <translation>화면을 가득 채웁니다 (프로젝터용).</translation>
    </message>
    <message>
        <source>&amp;Draw points</source>
        <translation>점 그리기(&amp;D)</translation>
    </message>
    <message>
        <source>Draw your own points on the output.</source>
        <translation>출력 위에 직접 점을 그립니다.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About nnviz</source>
        <translation>nnviz 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and credits.</source>
        <translation>버전, 라이선스, 만든 사람들.</translation>
    </message>
    <message>
        <source>Press Space to train, → for one step, Ctrl+R to reset.</source>
        <translation>Space 키로 학습, 오른쪽 화살표 키(→)로 한 스텝, Ctrl+R로 재설정합니다.</translation>
    </message>
    <message>
        <source>The best weights so far (epoch %1) are back.</source>
        <translation>지금까지 가장 좋았던 가중치(에포크 %1)로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Learning rate lowered from %1 to %2; the last good weights are back.</source>
        <translation>학습률을 %1에서 %2(으)로 낮추고, 마지막으로 정상이던 가중치로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Learning rate lowered from %1 to %2.</source>
        <translation>학습률을 %1에서 %2(으)로 낮췄습니다.</translation>
    </message>
    <message>
        <source>Learning rate %1  ·  %2 weights</source>
        <translation>학습률 %1  ·  가중치 %2개</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <source>Training… unstable</source>
        <translation>학습 중… 불안정</translation>
    </message>
    <message>
        <source>Paused · unstable</source>
        <translation>일시정지 · 불안정</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시정지</translation>
    </message>
</context>
<context>
    <name>NetworkGraphView</name>
    <message>
        <source>Add a hidden layer</source>
        <translation>은닉층 더하기</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>마지막 은닉층 빼기</translation>
    </message>
    <message>
        <source>Weight (line width = size)</source>
        <translation>가중치 (선 굵기 = 크기)</translation>
    </message>
    <message>
        <source>The network needs at least one input: switch another feature on first.</source>
        <translation>신경망에는 입력이 적어도 하나 있어야 합니다. 먼저 다른 입력 특성을 켜세요.</translation>
    </message>
    <message>
        <source>At most {0} hidden layers</source>
        <translation>은닉층은 최대 {0}개</translation>
    </message>
    <message>
        <source>Hidden layers: {0}</source>
        <translation>은닉층: {0}개</translation>
    </message>
    <message>
        <source>Weight {0} → {1}</source>
        <translation>가중치 {0} → {1}</translation>
    </message>
    <message>
        <source>Bias of {0}</source>
        <translation>{0}의 편향</translation>
    </message>
</context>
<context>
    <name>OptimizerRaceView</name>
    <message>
        <source>&lt;b&gt;Six optimizers, one surface.&lt;/b&gt; Each takes the engine's own update on the surface's exact gradient, as in training. Momentum keeps rolling, NAG looks ahead before it steps, Adagrad, RMSprop and Adam give each direction its own step size. Drag the red target to move the start; try the elongated valley and Rosenbrock.</source>
        <extracomment>Okabe–Ito colours: tell apart for colour-blind eyes and on a projector.</extracomment>
        <translation>&lt;b&gt;옵티마이저 여섯, 곡면 하나.&lt;/b&gt; 각 옵티마이저는 학습 때와 똑같이 곡면의 정확한 기울기로 엔진의 갱신을 합니다. 모멘텀은 계속 굴러가고, NAG는 내딛기 전에 앞을 내다보며, Adagrad, RMSprop, Adam은 방향마다 스텝 크기를 따로 줍니다. 빨간 표적을 끌어 출발점을 옮기고, 길쭉한 골짜기와 로젠브록 함수도 시험해 보세요.</translation>
    </message>
    <message>
        <source>Bowl</source>
        <translation>그릇</translation>
    </message>
    <message>
        <source>Elongated valley</source>
        <translation>길쭉한 골짜기</translation>
    </message>
    <message>
        <source>Rosenbrock (banana)</source>
        <translation>로젠브록 (바나나)</translation>
    </message>
    <message>
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <source>Local minima</source>
        <translation>지역 최솟값</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>diverged after %1 steps</source>
        <translation>%1스텝 뒤 발산</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
</context>
<context>
    <name>PerceptronView</name>
    <message>
        <source>&lt;b&gt;One neuron, Rosenblatt's rule.&lt;/b&gt; k = w₀·x₀ + w₁·x₁ + w₂·x₂ with x₀ = −1, y = 1 if k &amp;gt; 0 else 0, and after every sample &lt;b&gt;w ← w + η·(t − y)·x&lt;/b&gt;. The line w₁·x₁ + w₂·x₂ = w₀ separates y = 1 from y = 0: watch it move after each mistake (shaded rows). AND and OR settle; XOR never does.</source>
        <extracomment>Below this width the plot goes under the controls instead of beside them.</extracomment>
        <translation>&lt;b&gt;뉴런 하나, 로젠블랫의 규칙.&lt;/b&gt; x₀ = −1일 때 k = w₀·x₀ + w₁·x₁ + w₂·x₂이고, k &amp;gt; 0이면 y = 1, 아니면 0이며, 샘플마다 &lt;b&gt;w ← w + η·(t − y)·x&lt;/b&gt;로 고칩니다. 직선 w₁·x₁ + w₂·x₂ = w₀이 y = 1과 y = 0을 가릅니다: 틀릴 때마다(음영 행) 직선이 움직이는 것을 보세요. AND와 OR은 자리를 잡지만 XOR은 끝내 그렇지 못합니다.</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>논리 게이트</translation>
    </message>
    <message>
        <source>w₀ (bias, x₀ = −1)</source>
        <translation>w₀ (편향, x₀ = −1)</translation>
    </message>
    <message>
        <source>w₁</source>
        <translation>w₁</translation>
    </message>
    <message>
        <source>w₂</source>
        <translation>w₂</translation>
    </message>
    <message>
        <source>η (learning rate)</source>
        <translation>η (학습률)</translation>
    </message>
    <message>
        <source>One sample</source>
        <translation>샘플 하나</translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation>한 에포크</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Epochs until one passes without a change (at most %1)</source>
        <translation>바뀌는 것 없이 한 에포크가 지날 때까지 실행 (최대 %1 에포크)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <source>Load the seed 001 program</source>
        <translation>seed 001 프로그램 불러오기</translation>
    </message>
    <message>
        <source>AND, w = [0.3, 0.4, 0.1], η = 0.05, as in the course's Python program (3 epochs end at [0.4, 0.3, 0.1])</source>
        <translation>수업의 파이썬 프로그램처럼 AND, w = [0.3, 0.4, 0.1], η = 0.05 (3 에포크 뒤 [0.4, 0.3, 0.1])</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>k = w·x</source>
        <translation>k = w·x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>t − y</source>
        <translation>t − y</translation>
    </message>
    <message>
        <source>w before</source>
        <translation>이전 w</translation>
    </message>
    <message>
        <source>w after</source>
        <translation>이후 w</translation>
    </message>
    <message>
        <source>t=%1 y=%2</source>
        <translation>t=%1 y=%2</translation>
    </message>
    <message>
        <source>w = %1</source>
        <translation>w = %1</translation>
    </message>
    <message>
        <source>Press “One sample” to show the first corner to the neuron.</source>
        <translation>“샘플 하나”를 눌러 첫 꼭짓점을 뉴런에게 보여 주세요.</translation>
    </message>
    <message>
        <source>Converged after %1 epoch(s): a whole epoch without a mistake, so the weights no longer change.</source>
        <translation>%1 에포크 뒤 수렴: 한 에포크 내내 틀린 것이 없으므로 가중치가 더는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Epoch %1 and still wrong. XOR never converges: no single straight line puts (0,1) and (1,0) on one side and (0,0) and (1,1) on the other. It takes a second layer — a multi-layer network draws two lines.</source>
        <translation>에포크 %1인데 아직 틀립니다. XOR은 절대 수렴하지 않습니다: (0,1)과 (1,0)을 한쪽에, (0,0)과 (1,1)을 다른 쪽에 두는 직선은 하나도 없습니다. 층이 하나 더 있어야 합니다 — 다층 퍼셉트론은 직선을 두 개 긋습니다.</translation>
    </message>
    <message>
        <source>Epoch %1, next corner: (%2).</source>
        <translation>에포크 %1, 다음 꼭짓점: (%2).</translation>
    </message>
</context>
<context>
    <name>PictureExportDialog</name>
    <message>
        <source>Export picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>PNG (pixels)</source>
        <translation>PNG (픽셀)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (벡터)</translation>
    </message>
    <message>
        <source>1× (as on screen)</source>
        <translation>1× (화면 그대로)</translation>
    </message>
    <message>
        <source>2× (sharp on slides)</source>
        <translation>2× (슬라이드용 선명한 그림)</translation>
    </message>
    <message>
        <source>Chosen width</source>
        <translation>너비 지정</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 픽셀</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>화면:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>SVG is not available yet: Qt's SVG writer garbles the heat maps inside these views. Export a PNG at 2× (or a chosen width) for slides instead.</source>
        <translation>SVG는 아직 쓸 수 없습니다: Qt의 SVG 저장 기능이 이 화면들의 색 지도(heat map)를 망가뜨립니다. 슬라이드에는 2×(또는 지정한 너비)의 PNG로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 픽셀</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
</context>
<context>
    <name>PlaygroundLayout</name>
    <message>
        <source>&amp;Data</source>
        <extracomment>The loss curves never get less height than this when the boundary view is sized.</extracomment>
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>nnviz projects (*.nnviz)</source>
        <translation>nnviz 프로젝트 (*.nnviz)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>“%1”을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>항목: %1</translation>
    </message>
    <message>
        <source>The open project is unchanged.</source>
        <translation>지금 열려 있는 프로젝트는 그대로입니다.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the default experiment.</source>
        <translation>기본 실험에서 다시 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved project (.nnviz).</source>
        <translation>저장한 프로젝트(.nnviz)를 엽니다.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the experiment, its weights and training.</source>
        <translation>실험과 가중치, 학습 상태를 저장합니다.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1[*] — nnviz</source>
        <translation>%1[*] — nnviz</translation>
    </message>
    <message>
        <source>New project: the default experiment.</source>
        <translation>새 프로젝트: 기본 실험입니다.</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>“%1” no longer exists; it was removed from Open Recent.</source>
        <translation>“%1”이(가) 더 이상 없어서 최근 파일 목록에서 뺐습니다.</translation>
    </message>
    <message>
        <source>%1 project(s) no longer exist and were removed from Open Recent.</source>
        <translation>프로젝트 %1개가 더 이상 없어서 최근 파일 목록에서 뺐습니다.</translation>
    </message>
    <message>
        <source>the training thread did not answer</source>
        <translation>학습 스레드가 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2.</source>
        <translation>“%1”을(를) 저장하지 못했습니다: %2.</translation>
    </message>
</context>
<context>
    <name>RecentProjects</name>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>How many projects Open Recent lists.</extracomment>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>(no projects yet)</source>
        <translation>(아직 프로젝트가 없습니다)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ScheduleRows</name>
    <message>
        <source>&amp;Now:</source>
        <translation>현재(&amp;N):</translation>
    </message>
    <message>
        <source>The learning rate the optimizer uses at this moment: the schedule has lowered it from the learning rate above.</source>
        <translation>옵티마이저가 지금 쓰는 학습률입니다. 학습률 스케줄이 위의 학습률에서 낮춘 값입니다.</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>지수 감소</translation>
    </message>
    <message>
        <source>Inverse time decay</source>
        <translation>역시간 감소</translation>
    </message>
    <message>
        <source>Piecewise constant</source>
        <translation>구간별 상수</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>코사인 감소</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>스케줄(&amp;H):</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>주기(&amp;V):</translation>
    </message>
    <message>
        <source>At epoch&amp;s:</source>
        <translation>에포크(&amp;S):</translation>
    </message>
    <message>
        <source>Fa&amp;ctor:</source>
        <translation>배율(&amp;C):</translation>
    </message>
    <message>
        <source> × rate</source>
        <translation> × 학습률</translation>
    </message>
    <message>
        <source>Lo&amp;west:</source>
        <translation>최저(&amp;W):</translation>
    </message>
    <message>
        <source>Cosine: the rate it ends at, as a fraction of the learning rate (0 = it stops learning at the end; Keras calls it alpha).</source>
        <translation>코사인: 마지막에 도달하는 학습률을 처음 학습률에 대한 비율로 나타냅니다 (0 = 끝에서 학습을 멈춤; Keras에서는 alpha).</translation>
    </message>
    <message>
        <source>Whether the learning rate stays the same or shrinks as training goes on, counted in epochs: big steps early to make progress, small steps late to settle into the minimum.</source>
        <translation>학습률 스케줄 (learning-rate schedule): 학습이 진행되면서 학습률을 그대로 둘지 줄일지 에포크 단위로 정합니다. 처음에는 큰 걸음으로 나아가고, 나중에는 작은 걸음으로 최솟값에 자리 잡습니다.</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 에포크</translation>
    </message>
    <message>
        <source>O&amp;ver:</source>
        <translation>기간(&amp;V):</translation>
    </message>
    <message>
        <source>How big a step the optimizer takes downhill on the loss each update. Too small learns slowly; too large overshoots and can diverge. Pick one or type a number.</source>
        <translation>학습률 (learning rate): 갱신할 때마다 옵티마이저가 손실의 내리막으로 내딛는 걸음의 크기입니다. 너무 작으면 느리게 배우고, 너무 크면 지나쳐서 발산할 수 있습니다. 고르거나 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>With a schedule this is the starting rate; “Now” shows the rate the schedule gives at this moment.</source>
        <translation>스케줄이 있으면 이 값은 시작 학습률입니다. “현재”는 스케줄이 지금 주는 학습률입니다.</translation>
    </message>
    <message>
        <source>How many epochs (passes over the training set) the schedule takes to multiply the rate by the factor.</source>
        <translation>스케줄이 학습률에 배율을 한 번 곱하기까지 걸리는 에포크(훈련 데이터를 훑는 횟수) 수입니다.</translation>
    </message>
    <message>
        <source>After this many epochs the rate is divided by 1 + factor; after twice as many by 1 + 2 × factor, and so on.</source>
        <translation>이만큼의 에포크가 지나면 학습률을 1 + 배율로 나누고, 두 배가 지나면 1 + 2 × 배율로 나누는 식입니다.</translation>
    </message>
    <message>
        <source>How many epochs the cosine takes to bring the rate down to its lowest; after that it stays there.</source>
        <translation>코사인이 학습률을 최저값까지 내리는 데 걸리는 에포크 수입니다. 그 뒤로는 그 값에 머뭅니다.</translation>
    </message>
    <message>
        <source>What the rate is multiplied by every period: 0.5 halves it every so many epochs.</source>
        <translation>주기마다 학습률에 곱하는 수입니다. 0.5면 정해진 에포크마다 절반이 됩니다.</translation>
    </message>
    <message>
        <source>How fast the rate falls: the rate is divided by 1 + factor × epochs / period.</source>
        <translation>학습률이 줄어드는 빠르기입니다. 학습률을 1 + 배율 × 에포크 / 주기로 나눕니다.</translation>
    </message>
    <message>
        <source>What the rate is multiplied by after each of the epochs: 0.5 halves it each time.</source>
        <translation>각 에포크가 지날 때마다 학습률에 곱하는 수입니다. 0.5면 그때마다 절반이 됩니다.</translation>
    </message>
    <message>
        <source>The epochs after which the rate drops, separated by commas, e.g. 500, 1000.</source>
        <translation>학습률이 떨어지는 에포크들을 쉼표로 구분해 적습니다. 예: 500, 1000.</translation>
    </message>
    <message>
        <source>The rate is multiplied by %1 every %2 epochs, smoothly: %3 at epoch 0, %4 at epoch %2, %5 at epoch %6.</source>
        <translation>학습률에 %2 에포크마다 %1을(를) 매끄럽게 곱합니다: 에포크 0에서 %3, 에포크 %2에서 %4, 에포크 %6에서 %5.</translation>
    </message>
    <message>
        <source>The rate is divided by 1 + %1 × epochs / %2: %3 at epoch 0, %4 at epoch %2, %5 at epoch %6.</source>
        <translation>학습률을 1 + %1 × 에포크 / %2(으)로 나눕니다: 에포크 0에서 %3, 에포크 %2에서 %4, 에포크 %6에서 %5.</translation>
    </message>
    <message>
        <source>The rate is multiplied by %1 after epoch %2: %3.</source>
        <translation>에포크 %2 뒤에 학습률에 %1을(를) 곱합니다: %3.</translation>
    </message>
    <message>
        <source>The rate falls along half a cosine from %1 to %2 over %3 epochs, then stays at %2.</source>
        <translation>학습률이 %3 에포크 동안 코사인 반 주기를 따라 %1에서 %2(으)로 내려간 뒤 %2에 머뭅니다.</translation>
    </message>
    <message>
        <source>“%1” is not a list of whole epochs. Type epochs such as 500, 1000.</source>
        <translation>“%1”은(는) 정수 에포크 목록이 아닙니다. 500, 1000처럼 입력하세요.</translation>
    </message>
    <message>
        <source>The rate the schedule gives at epoch %1.</source>
        <translation>에포크 %1에서 스케줄이 주는 학습률입니다.</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>The training process stopped %1 times within a minute: training now runs inside the window (slower).</source>
        <extracomment>A training process that stops this many times within RESTART_WINDOW_S is not started again: something keeps killing it (memory?), and training moves into the worker thread.</extracomment>
        <translation>학습 프로세스가 1분 안에 %1번 멈췄습니다. 이제 학습은 창 안에서 실행됩니다 (더 느립니다).</translation>
    </message>
    <message>
        <source>Training restarted after the training process stopped.</source>
        <translation>학습 프로세스가 멈춘 뒤 학습을 다시 시작했습니다.</translation>
    </message>
    <message>
        <source>Training runs inside the window (slower): its own process could not start (%1).</source>
        <translation>학습을 창 안에서 실행합니다 (더 느립니다). 학습 프로세스를 시작할 수 없었습니다 (%1).</translation>
    </message>
</context>
<context>
    <name>StopRule</name>
    <message>
        <source>Stopped at epoch %1: %2 epochs done. Press Play to train %2 more.</source>
        <translation>에포크 %1에서 멈췄습니다: %2 에포크를 마쳤습니다. 재생을 누르면 %2 에포크 더 학습합니다.</translation>
    </message>
    <message>
        <source>Stopped at epoch %1: test loss %2 &lt; target %3.</source>
        <translation>에포크 %1에서 멈췄습니다: 테스트 손실 %2 &lt; 목표 %3.</translation>
    </message>
    <message>
        <source>Stopped at epoch %1: training loss %2 &lt; target %3.</source>
        <translation>에포크 %1에서 멈췄습니다: 훈련 손실 %2 &lt; 목표 %3.</translation>
    </message>
    <message>
        <source>Stopped at epoch %1 by early stopping: the test loss has not improved for %2 epochs (best %3 at epoch %4).</source>
        <translation>조기 종료(early stopping)로 에포크 %1에서 멈췄습니다: 테스트 손실이 %2 에포크 동안 나아지지 않았습니다 (최저 %3, 에포크 %4).</translation>
    </message>
    <message>
        <source>Those best weights are back.</source>
        <translation>그때의 가장 좋은 가중치로 되돌렸습니다.</translation>
    </message>
</context>
<context>
    <name>StopRuleControl</name>
    <message>
        <source>S&amp;top:</source>
        <translation>멈춤(&amp;T):</translation>
    </message>
    <message>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>after</source>
        <translation>에포크 뒤</translation>
    </message>
    <message>
        <source>test loss below</source>
        <translation>테스트 손실이 다음보다 작을 때</translation>
    </message>
    <message>
        <source>no progress for</source>
        <translation>나아지지 않는 에포크</translation>
    </message>
    <message>
        <source>When training pauses by itself: after a number of epochs, when the test loss falls below a target, or early stopping — when the test loss has not improved for a number of epochs (Keras' EarlyStopping). Play goes on from there.</source>
        <translation>학습이 스스로 멈추는 때: 정한 에포크 수가 지난 뒤, 테스트 손실이 목표보다 작아질 때, 또는 조기 종료(early stopping) — 테스트 손실이 정한 에포크 동안 나아지지 않을 때 (Keras의 EarlyStopping). 재생을 누르면 거기서 이어집니다.</translation>
    </message>
    <message>
        <source>Pause at the end of the first epoch whose test loss is below this value.</source>
        <translation>테스트 손실이 이 값보다 작아진 첫 에포크가 끝나면 멈춥니다.</translation>
    </message>
    <message>
        <source>best weights back</source>
        <translation>가장 좋은 가중치로</translation>
    </message>
    <message>
        <source>When early stopping pauses, put back the weights of the epoch with the lowest test loss (restore_best_weights=True).</source>
        <translation>조기 종료로 멈출 때, 테스트 손실이 가장 낮았던 에포크의 가중치로 되돌립니다 (restore_best_weights=True).</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 에포크</translation>
    </message>
    <message>
        <source>Patience: pause when the test loss has not improved for this many epochs.</source>
        <translation>인내(patience): 테스트 손실이 이만큼의 에포크 동안 나아지지 않으면 멈춥니다.</translation>
    </message>
    <message>
        <source>Pause after this many epochs, counted from now (and again after each pause).</source>
        <translation>지금부터 이만큼의 에포크가 지나면 멈춥니다 (멈출 때마다 다시 셉니다).</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>이진 분류</translation>
    </message>
    <message>
        <source>Multi-class</source>
        <translation>다중 분류</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>Pro&amp;blem:</source>
        <translation>문제 유형(&amp;B):</translation>
    </message>
    <message>
        <source>What the network predicts: one of two classes, one of several classes, or a number. Switching picks a fitting dataset and the usual loss and output.</source>
        <translation>신경망이 무엇을 예측하는지 고릅니다: 두 클래스 중 하나, 여러 클래스 중 하나, 또는 숫자. 바꾸면 알맞은 데이터셋과 흔히 쓰는 손실 함수·출력이 함께 골라집니다.</translation>
    </message>
    <message>
        <source>&amp;Loss:</source>
        <translation>손실 함수(&amp;L):</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>출력(&amp;U):</translation>
    </message>
    <message>
        <source>The loss measures how wrong the predictions are; training pushes it down. Automatic picks the usual one for the problem type.</source>
        <translation>손실 함수 (loss function)는 예측값이 얼마나 틀렸는지 잽니다. 학습은 이 값을 줄여 나갑니다. 자동을 고르면 문제 유형에 흔히 쓰는 것을 씁니다.</translation>
    </message>
    <message>
        <source>The activation of the output neurons: it turns their sums into the prediction. Automatic: sigmoid, softmax or linear by problem type.</source>
        <translation>출력 뉴런의 활성화 함수 (activation function)로, 가중합을 예측값으로 바꿉니다. 자동: 문제 유형에 따라 시그모이드, 소프트맥스 또는 항등 함수.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>옵티마이저(&amp;O):</translation>
    </message>
    <message>
        <source>Learning &amp;rate:</source>
        <translation>학습률(&amp;R):</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>네스테로프</translation>
    </message>
    <message>
        <source>&amp;Momentum:</source>
        <translation>모멘텀(&amp;M):</translation>
    </message>
    <message>
        <source>Keeps part of the previous step, like a ball rolling downhill: it speeds up along steady slopes and damps zig-zags. 0 = plain gradient descent.</source>
        <translation>모멘텀 (momentum): 언덕을 굴러 내려가는 공처럼 이전 스텝의 일부를 이어 갑니다. 한결같은 비탈에서는 빨라지고 지그재그는 줄어듭니다. 0 = 기본 경사 하강법.</translation>
    </message>
    <message>
        <source>Nesterov momentum looks ahead: the gradient is taken where momentum is about to carry the weights, which often overshoots less.</source>
        <translation>네스테로프 가속 경사 (NAG)는 앞을 내다봅니다. 모멘텀이 가중치를 옮겨 놓을 자리에서 기울기를 구하므로 최솟값을 덜 지나치는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Rh&amp;o:</source>
        <translation>Rho(&amp;O):</translation>
    </message>
    <message>
        <source>How long RMSprop remembers past squared gradients (0.9 = roughly the last 10 steps); it divides each step by their typical size.</source>
        <translation>RMSprop이 지난 기울기의 제곱을 얼마나 오래 기억하는지입니다 (0.9 = 대략 최근 10스텝). 각 스텝을 그 전형적인 크기로 나눕니다.</translation>
    </message>
    <message>
        <source>Beta &amp;1:</source>
        <translation>Beta &amp;1:</translation>
    </message>
    <message>
        <source>How long Adam remembers the direction of past gradients (its momentum); 0.9 = roughly the last 10 steps.</source>
        <translation>Adam이 지난 기울기의 방향(모멘텀)을 얼마나 오래 기억하는지입니다. 0.9 = 대략 최근 10스텝.</translation>
    </message>
    <message>
        <source>Beta &amp;2:</source>
        <translation>Beta &amp;2:</translation>
    </message>
    <message>
        <source>How long Adam remembers the size of past gradients, used to scale each weight's step; 0.999 = roughly the last 1000 steps.</source>
        <translation>Adam이 지난 기울기의 크기를 얼마나 오래 기억하는지입니다. 가중치마다 스텝 크기를 조절하는 데 씁니다. 0.999 = 대략 최근 1000스텝.</translation>
    </message>
    <message>
        <source>E&amp;psilon:</source>
        <translation>엡실론(&amp;P):</translation>
    </message>
    <message>
        <source>A tiny number added before dividing by the gradient size, so the step never divides by zero. Rarely needs changing.</source>
        <translation>기울기 크기로 나누기 전에 더하는 아주 작은 수로, 0으로 나누는 일을 막습니다. 바꿀 일은 거의 없습니다.</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes. SGD is plain gradient descent; the others adapt the step for each weight.</source>
        <translation>옵티마이저 (optimizer)는 기울기를 가중치 변화로 바꾸는 규칙입니다. SGD는 기본 경사 하강법이고, 나머지는 가중치마다 스텝 크기를 맞춰 갑니다.</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>&amp;Full batch</source>
        <translation>전체 배치(&amp;F)</translation>
    </message>
    <message>
        <source>Use every training point for each update: smooth, exact steps but only one update per epoch.</source>
        <translation>갱신할 때마다 모든 훈련 데이터를 씁니다. 스텝은 매끄럽고 정확하지만 에포크당 한 번만 갱신합니다.</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>배치 크기(&amp;Z):</translation>
    </message>
    <message>
        <source>How many points the network looks at before each weight update. Small batches give many quick, noisy steps; large ones give few, smooth steps.</source>
        <translation>배치 크기 (batch size): 가중치를 한 번 갱신하기 전에 신경망이 보는 점의 개수입니다. 작은 배치는 빠르고 들쭉날쭉한 스텝을 많이, 큰 배치는 매끄러운 스텝을 적게 만듭니다.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>시드(&amp;E):</translation>
    </message>
    <message>
        <source>The starting number for the random choices of training (first weights, batch order). The same seed repeats a run exactly; another seed tries another start.</source>
        <translation>학습의 무작위 선택(처음 가중치, 배치 순서)에 쓰는 시작 숫자입니다. 시드가 같으면 같은 학습이 그대로 되풀이되고, 다른 시드는 다른 출발점을 시험합니다.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>&amp;Initializer:</source>
        <translation>가중치 초기화(&amp;I):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L1 + L2</source>
        <translation>L1 + L2</translation>
    </message>
    <message>
        <source>Re&amp;gularization:</source>
        <translation>규제(&amp;G):</translation>
    </message>
    <message>
        <source>A penalty on large weights added to the loss, to keep the model simple and reduce overfitting. L1 pushes weights to exactly 0; L2 shrinks them all.</source>
        <translation>규제 (regularization): 큰 가중치에 벌점을 매겨 손실에 더해, 모델을 단순하게 유지하고 과대적합을 줄입니다. L1 규제는 가중치를 정확히 0으로 밀고, L2 규제는 모두를 조금씩 줄입니다.</translation>
    </message>
    <message>
        <source>Reg. ra&amp;te:</source>
        <translation>규제 비율(&amp;T):</translation>
    </message>
    <message>
        <source>Regularization rate: how strong the weight penalty is. Too strong and the network cannot fit even the training data.</source>
        <translation>규제 비율: 가중치 벌점이 얼마나 강한지입니다. 너무 강하면 훈련 데이터조차 맞추지 못합니다 (과소적합).</translation>
    </message>
    <message>
        <source>How the weights are chosen before training starts. Random, well-scaled weights let every neuron learn something different.</source>
        <translation>가중치 초기화 (weight initialization): 학습을 시작하기 전에 가중치를 정하는 방법입니다. 크기가 알맞은 무작위 가중치라야 뉴런마다 서로 다른 것을 배웁니다.</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <translation>자동: %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type %2.</source>
        <translation>“%1”은(는) 숫자가 아닙니다. %2처럼 입력하세요.</translation>
    </message>
    <message>
        <source>a learning rate such as 0.03</source>
        <translation>0.03 같은 학습률</translation>
    </message>
    <message>
        <source>a small number such as 1e-7</source>
        <translation>1e-7 같은 작은 수</translation>
    </message>
    <message>
        <source>a rate such as 0.001</source>
        <translation>0.001 같은 비율</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training has stopped: restore the last good weights, lower the learning rate or reset first.</source>
        <extracomment>Session states in which training cannot continue until restored, reset or reconfigured. Wall-clock length of one training chunk. Long enough that the timer overhead is negligible, short enough that a queued command or snapshot request waits at most this long. How often a session training on its own in its process is asked for news while playing: a stop rule or divergence pauses the window's transport this much later at most. (One request per chunk instead left the child idle while a snapshot was fetched and drawn, and a snapshot request waited for the chunk's end: [8]x6 trained at 46 % of a bare Session's speed.) Side of the output-map grid computed for each snapshot: the big boundary view scales it smoothly to ~400-700 screen pixels, and at 50 the XOR boundary showed steps. Side of the neuron and feature maps (the graph's thumbnails, at most ~64 px, 110 for the output node): at 200 they cost most of a [16]x8 snapshot (36 ms; 20 MB through the pipe). GRID_RESOLUTION's square is a whole number of this one's, so the big map is computed in batches the layers already hold buffers for (see Session.snapshot). Longest pause of training while the GUI draws a frame (see TrainingWorker.frame_shown). Seconds spent training, taking snapshots and waiting for frames (for benchmarks).</extracomment>
        <translation>학습이 멈췄습니다. 먼저 마지막으로 정상이던 가중치를 복원하거나, 학습률을 낮추거나, 재설정하세요.</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <source>Reset (Ctrl+R): start again from new random weights on the same data.</source>
        <translation>재설정 (Ctrl+R): 같은 데이터에서 새 무작위 가중치로 처음부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <source>Step (→): train on one batch of points, i.e. one weight update, then stop.</source>
        <translation>한 스텝 (→): 배치 하나로 학습해 가중치를 한 번 갱신하고 멈춥니다.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Step one epoch (Ctrl+→): go once through all the training points, then stop.</source>
        <translation>한 에포크 (Ctrl+→): 모든 훈련 데이터를 한 번 훑고 멈춥니다.</translation>
    </message>
    <message>
        <source>Epochs so far: one epoch is one pass through every training point.</source>
        <translation>지금까지의 에포크 (epoch): 에포크 하나는 모든 훈련 데이터를 한 번 훑는 것입니다.</translation>
    </message>
    <message>
        <source>Steps so far: one step is one weight update from one batch of points.</source>
        <translation>지금까지의 스텝 (step): 스텝 하나는 배치 하나로 가중치를 한 번 갱신하는 것입니다.</translation>
    </message>
    <message>
        <source>Speed limit: slow motion (one step per second) lets a class follow every update; all the way right trains as fast as the computer can.</source>
        <translation>속도 제한: 느린 동작(초당 한 스텝)이면 교실에서 갱신 하나하나를 따라갈 수 있고, 오른쪽 끝까지 밀면 컴퓨터가 낼 수 있는 최고 속도로 학습합니다.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Pause (Space): stop training; the weights stay as they are.</source>
        <translation>일시정지 (Space): 학습을 멈춥니다. 가중치는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Play (Space): train continuously, batch after batch.</source>
        <translation>재생 (Space): 배치를 하나씩 이어 가며 쉬지 않고 학습합니다.</translation>
    </message>
    <message>
        <source>&amp;Speed: unlimited</source>
        <translation>속도(&amp;S): 제한 없음</translation>
    </message>
    <message>
        <source>&amp;Speed: 1 step/s (slow motion)</source>
        <translation>속도(&amp;S): 초당 1스텝 (느린 동작)</translation>
    </message>
    <message>
        <source>&amp;Speed: %1 steps/s</source>
        <translation>속도(&amp;S): 초당 %1스텝</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Type a number and press Enter (Esc cancels)</source>
        <translation>숫자를 입력하고 Enter를 누르세요 (Esc는 취소)</translation>
    </message>
    <message>
        <source>Not a number between −1000 and 1000: nothing changed</source>
        <translation>−1000에서 1000 사이의 숫자가 아닙니다: 바뀐 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 곳</translation>
    </message>
</context>
<context>
    <name>nnviz.advice</name>
    <message>
        <source>The output uses the {name} function, whose gradient is zero everywhere: gradient descent gets no signal, so no weight can learn and the loss stays flat. The perceptron learning rule can train a step neuron; for gradient descent, set the output back to Auto.</source>
        <translation>출력층이 {name} 함수를 쓰는데, 이 함수의 기울기는 어디서나 0입니다: 경사 하강법이 아무 신호도 받지 못하므로 어떤 가중치도 배우지 못하고 손실은 평평하게 머뭅니다. 계단 함수 뉴런은 퍼셉트론 학습 규칙으로 학습할 수 있습니다. 경사 하강법을 쓰려면 출력을 다시 자동으로 두세요.</translation>
    </message>
    <message>
        <source>Hidden layer {layers} uses the {name} function, whose gradient is zero everywhere: gradient descent cannot learn the weights into it or before it, only those after it. The perceptron learning rule can train step neurons; for gradient descent, pick tanh or ReLU.</source>
        <translation>은닉층 {layers}이(가) {name} 함수를 쓰는데, 이 함수의 기울기는 어디서나 0입니다: 경사 하강법은 이 층으로 들어오는 가중치와 그 앞의 가중치는 배우지 못하고, 뒤의 가중치만 배웁니다. 계단 함수 뉴런은 퍼셉트론 학습 규칙으로 학습할 수 있습니다. 경사 하강법에는 tanh나 ReLU를 고르세요.</translation>
    </message>
    <message>
        <source>Hidden layers {layers} use the {name} function, whose gradient is zero everywhere: gradient descent cannot learn the weights into them or before them, only those after them. The perceptron learning rule can train step neurons; for gradient descent, pick tanh or ReLU.</source>
        <translation>은닉층 {layers}이(가) {name} 함수를 쓰는데, 이 함수의 기울기는 어디서나 0입니다: 경사 하강법은 이 층들로 들어오는 가중치와 그 앞의 가중치는 배우지 못하고, 뒤의 가중치만 배웁니다. 계단 함수 뉴런은 퍼셉트론 학습 규칙으로 학습할 수 있습니다. 경사 하강법에는 tanh나 ReLU를 고르세요.</translation>
    </message>
</context>
<context>
    <name>nnviz.errors</name>
    <message>
        <source>line {line}: {message}</source>
        <translation>{line}번째 줄: {message}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {message}</source>
        <translation>{line}번째 줄, {column}번째 열: {message}</translation>
    </message>
    <message>
        <source>line {line}, column {column} ({column_name}): {message}</source>
        <translation>{line}번째 줄, {column}번째 열 ({column_name}): {message}</translation>
    </message>
    <message>
        <source>column {column}: {message}</source>
        <translation>{column}번째 열: {message}</translation>
    </message>
    <message>
        <source>column {column} ({column_name}): {message}</source>
        <translation>{column}번째 열 ({column_name}): {message}</translation>
    </message>
    <message>
        <source>the file is empty: it needs a label column after at least one feature column, and at least 2 rows</source>
        <translation>파일이 비어 있습니다. 입력 특성 열이 하나 이상 있고 그 뒤에 레이블 열이 있어야 하며, 행이 2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>only {width} column: a CSV needs at least one feature column and the label in the last column</source>
        <translation>열이 {width}개뿐입니다. CSV에는 입력 특성 열이 하나 이상, 마지막 열에 레이블이 있어야 합니다</translation>
    </message>
    <message>
        <source>{cells} cells but line {line} has {width}; every row needs the same number of cells</source>
        <translation>칸이 {cells}개인데 {line}번째 줄은 {width}개입니다. 모든 행의 칸 수가 같아야 합니다</translation>
    </message>
    <message>
        <source>found {count} data rows — nnviz needs at least 2</source>
        <translation>데이터 행이 {count}개뿐입니다. nnviz에는 2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>found 1 data row — nnviz needs at least 2</source>
        <translation>데이터 행이 1개뿐입니다. nnviz에는 2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>found {count} data rows after the header on line {line} — nnviz needs at least 2</source>
        <translation>{line}번째 줄의 머리글 다음에 데이터 행이 {count}개뿐입니다. nnviz에는 2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>found 1 data row after the header on line {line} — nnviz needs at least 2</source>
        <translation>{line}번째 줄의 머리글 다음에 데이터 행이 1개뿐입니다. nnviz에는 2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>the text is larger than the {limit} limit</source>
        <translation>텍스트가 한도({limit})보다 큽니다</translation>
    </message>
    <message>
        <source>the file is {size}, over the {limit} limit</source>
        <translation>파일 크기가 {size}로 한도({limit})를 넘습니다</translation>
    </message>
    <message>
        <source>the file is over the {limit} limit</source>
        <translation>파일이 한도({limit})를 넘습니다</translation>
    </message>
    <message>
        <source>byte 0x{byte} is not UTF-8 text; save the file as UTF-8 (CSV UTF-8 in Excel)</source>
        <translation>바이트 0x{byte}는 UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장하세요 (Excel에서는 CSV UTF-8)</translation>
    </message>
    <message>
        <source>cannot read this row as CSV ({reason})</source>
        <translation>이 행을 CSV로 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>empty cell; {what} needs a number here</source>
        <translation>빈 칸입니다. {what}에는 여기에 숫자가 있어야 합니다</translation>
    </message>
    <message>
        <source>{cell} is not a number; {what} must be numeric</source>
        <translation>{cell}은(는) 숫자가 아닙니다. {what}은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>{cell} is not a number; {what} must be numeric (use a point as the decimal separator)</source>
        <translation>{cell}은(는) 숫자가 아닙니다. {what}은(는) 숫자여야 합니다 (소수점은 쉼표가 아니라 점으로 쓰세요)</translation>
    </message>
    <message>
        <source>{cell} is not a finite number (NaN and infinity are not allowed)</source>
        <translation>{cell}은(는) 유한한 수가 아닙니다 (NaN과 무한대는 쓸 수 없습니다)</translation>
    </message>
    <message>
        <source>there is no column {label} for the label: the file has {width} columns</source>
        <translation>레이블로 쓸 {label}번 열이 없습니다. 파일의 열은 {width}개입니다</translation>
    </message>
    <message>
        <source>there is no column {column} for a feature: the file has {width} columns</source>
        <translation>입력 특성으로 쓸 {column}번 열이 없습니다. 파일의 열은 {width}개입니다</translation>
    </message>
    <message>
        <source>choose at least one feature column, each once, and not the label column</source>
        <translation>입력 특성 열을 하나 이상, 각각 한 번씩, 레이블 열이 아닌 것으로 고르세요</translation>
    </message>
    <message>
        <source>empty label; every row needs a label in the last column</source>
        <translation>레이블이 비어 있습니다. 모든 행의 마지막 열에 레이블이 있어야 합니다</translation>
    </message>
    <message>
        <source>label {label} is a {nth}th class; nnviz handles at most {limit} classes</source>
        <translation>레이블 {label}은(는) {nth}번째 클래스입니다. nnviz는 클래스를 {limit}개까지만 다룹니다</translation>
    </message>
    <message>
        <source>label {label} is a {nth}th class; nnviz handles at most {limit} classes (write a quantity to predict with a decimal point, e.g. 3.0)</source>
        <translation>레이블 {label}은(는) {nth}번째 클래스입니다. nnviz는 클래스를 {limit}개까지만 다룹니다 (예측할 값이라면 3.0처럼 소수점을 붙여 쓰세요)</translation>
    </message>
    <message>
        <source>every row has the label {label}; classification needs at least 2 classes</source>
        <translation>모든 행의 레이블이 {label}입니다. 분류에는 클래스가 2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>class {label} has only 1 point; each class needs at least 2 (one to train on, one to test)</source>
        <translation>클래스 {label}에는 점이 1개뿐입니다. 클래스마다 2개 이상 필요합니다 (훈련용 하나, 테스트용 하나)</translation>
    </message>
    <message>
        <source>a feature</source>
        <translation>입력 특성</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>a value to predict</source>
        <translation>예측할 값</translation>
    </message>
    <message>
        <source>the file has {count} rows; your own data holds at most {limit} points</source>
        <translation>파일에 행이 {count}개 있습니다. 직접 만든 데이터는 점을 {limit}개까지만 담을 수 있습니다</translation>
    </message>
    <message>
        <source>points holds {count} points; one's own data holds at most {limit}</source>
        <translation>points에 점이 {count}개 있습니다. 직접 만든 데이터는 {limit}개까지만 담을 수 있습니다</translation>
    </message>
    <message>
        <source>labels must hold one label per point: {points} points, {labels} labels</source>
        <translation>labels에는 점마다 레이블이 하나씩 있어야 합니다: 점 {points}개, 레이블 {labels}개</translation>
    </message>
    <message>
        <source>points[{index}] must be a pair of numbers [x1, x2], got {value}</source>
        <translation>points[{index}]는 숫자 두 개 [x1, x2]여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>points[{index}] must be finite numbers within ±{limit}, got {value}</source>
        <translation>points[{index}]는 ±{limit} 안의 유한한 수여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>labels must be class numbers 0 to {last}, got {value}</source>
        <translation>labels는 0부터 {last}까지의 클래스 번호여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>labels must be all whole class numbers (classification) or all finite decimal values (regression), not a mix</source>
        <translation>labels는 모두 정수 클래스 번호(분류)이거나 모두 유한한 소수 값(회귀)이어야 합니다. 섞을 수 없습니다</translation>
    </message>
    <message>
        <source>{name} must be {expected}, got {value}</source>
        <translation>{name}은(는) {expected}이어야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>{name} must be an integer, got {value}</source>
        <translation>{name}은(는) 정수여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name}은(는) 숫자여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>{name} must be a list of {items}, got {value}</source>
        <translation>{name}은(는) {items}의 목록이어야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}, got {value}</source>
        <translation>{name}은(는) 다음 중 하나여야 합니다: {choices}. 입력값: {value}</translation>
    </message>
    <message>
        <source>{name} must be a JSON object, got {kind} {value}</source>
        <translation>{name}은(는) JSON 객체여야 합니다. 입력값: {kind} {value}</translation>
    </message>
    <message>
        <source>{name} has unknown field(s) {unknown}; known: {known}</source>
        <translation>{name}에 알 수 없는 항목이 있습니다: {unknown}. 알려진 항목: {known}</translation>
    </message>
    <message>
        <source>config is not valid JSON: {reason}</source>
        <translation>설정이 올바른 JSON이 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>in [{lo}, {hi}]</source>
        <translation>[{lo}, {hi}] 범위의 값</translation>
    </message>
    <message>
        <source>in ({lo}, {hi}]</source>
        <translation>({lo}, {hi}] 범위의 값</translation>
    </message>
    <message>
        <source>True or False</source>
        <translation>True 또는 False</translation>
    </message>
    <message>
        <source>dense_index={index} is out of range: the model has {count} Dense layers (0..{last})</source>
        <translation>dense_index={index}는 범위를 벗어납니다. 모델의 Dense 층은 {count}개입니다 (0..{last})</translation>
    </message>
    <message>
        <source>row={row} is out of range for Dense layer {index} with {count} inputs (0..{last}, or -1 for the bias)</source>
        <translation>row={row}는 입력이 {count}개인 Dense 층 {index}의 범위를 벗어납니다 (0..{last}, 편향은 -1)</translation>
    </message>
    <message>
        <source>col={col} is out of range for Dense layer {index} with {count} units (0..{last})</source>
        <translation>col={col}는 유닛이 {count}개인 Dense 층 {index}의 범위를 벗어납니다 (0..{last})</translation>
    </message>
    <message>
        <source>value must be a number, got {value}</source>
        <translation>가중치 값은 숫자여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>value must be a finite number, got {value}</source>
        <translation>가중치 값은 유한한 수여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
        <source>value {value} is too large for the model's {dtype} weights: the largest they hold is ±{limit}</source>
        <translation>값 {value}은(는) 모델의 {dtype} 가중치에 담기에 너무 큽니다. 담을 수 있는 가장 큰 값은 ±{limit}입니다</translation>
    </message>
</context>
<context>
    <name>nnviz.registry</name>
    <message>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>One class inside a circle, the other in a ring around it.</source>
        <translation>한 클래스는 원 안에, 다른 클래스는 그 둘레의 고리에 있습니다.</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>배타적 논리합 (XOR)</translation>
    </message>
    <message>
        <source>Four squares: one class where x₁ and x₂ have the same sign, the other where the signs differ.</source>
        <translation>네 칸: x₁과 x₂의 부호가 같은 곳은 한 클래스, 부호가 다른 곳은 다른 클래스입니다.</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>가우시안</translation>
    </message>
    <message>
        <source>Two round clouds of points, one per class.</source>
        <translation>클래스마다 하나씩, 점들이 모인 둥근 구름 두 개.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>Two arms winding around each other, one per class.</source>
        <translation>클래스마다 하나씩, 서로 감아 도는 두 팔.</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>두 개의 초승달</translation>
    </message>
    <message>
        <source>Two interlocking half-moons, one per class.</source>
        <translation>클래스마다 하나씩, 서로 맞물린 반달 두 개.</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>덩어리</translation>
    </message>
    <message>
        <source>Several round clouds of points, one per class (for softmax).</source>
        <translation>클래스마다 하나씩, 점들이 모인 둥근 구름 여러 개 (소프트맥스용).</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>AND 게이트</translation>
    </message>
    <message>
        <source>The four inputs of AND: the output is 1 only when both are 1.</source>
        <translation>AND의 네 입력: 둘 다 1일 때만 출력이 1입니다.</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>OR 게이트</translation>
    </message>
    <message>
        <source>The four inputs of OR: the output is 1 when either one is 1.</source>
        <translation>OR의 네 입력: 어느 하나라도 1이면 출력이 1입니다.</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>NAND 게이트</translation>
    </message>
    <message>
        <source>The four inputs of NAND: 0 only when both inputs are 1.</source>
        <translation>NAND의 네 입력: 두 입력이 모두 1일 때만 0입니다.</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>XOR 게이트</translation>
    </message>
    <message>
        <source>The four inputs of XOR: 1 when exactly one input is 1 — no single straight line can separate it.</source>
        <translation>XOR의 네 입력: 입력 중 정확히 하나만 1일 때 1입니다 — 직선 하나로는 나눌 수 없습니다.</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>평면</translation>
    </message>
    <message>
        <source>The target rises steadily from one corner to the other: (x₁ + x₂) / 10.</source>
        <translation>목표값이 한 모서리에서 반대 모서리로 고르게 올라갑니다: (x₁ + x₂) / 10.</translation>
    </message>
    <message>
        <source>Multi Gaussian</source>
        <translation>다중 가우시안</translation>
    </message>
    <message>
        <source>Six bumps and dips in a checkerboard; the target is the strongest one at each point.</source>
        <translation>바둑판처럼 놓인 여섯 개의 봉우리와 골짜기. 목표값은 각 점에서 가장 센 것입니다.</translation>
    </message>
    <message>
        <source>Sine wave</source>
        <translation>사인파</translation>
    </message>
    <message>
        <source>The target waves up and down along x₁: sin(x₁); x₂ plays no part.</source>
        <translation>목표값이 x₁을 따라 오르내립니다: sin(x₁). x₂는 관여하지 않습니다.</translation>
    </message>
    <message>
        <source>X₁</source>
        <translation>X₁</translation>
    </message>
    <message>
        <source>The first coordinate of the point, as it is.</source>
        <translation>점의 첫 번째 좌표를 그대로 씁니다.</translation>
    </message>
    <message>
        <source>X₂</source>
        <translation>X₂</translation>
    </message>
    <message>
        <source>The second coordinate of the point, as it is.</source>
        <translation>점의 두 번째 좌표를 그대로 씁니다.</translation>
    </message>
    <message>
        <source>X₁²</source>
        <translation>X₁²</translation>
    </message>
    <message>
        <source>The first coordinate squared: large on both the far left and the far right.</source>
        <translation>첫 번째 좌표의 제곱: 왼쪽 끝과 오른쪽 끝 모두에서 큽니다.</translation>
    </message>
    <message>
        <source>X₂²</source>
        <translation>X₂²</translation>
    </message>
    <message>
        <source>The second coordinate squared: large at both the top and the bottom.</source>
        <translation>두 번째 좌표의 제곱: 위쪽 끝과 아래쪽 끝 모두에서 큽니다.</translation>
    </message>
    <message>
        <source>X₁X₂</source>
        <translation>X₁X₂</translation>
    </message>
    <message>
        <source>The two coordinates multiplied: positive where their signs agree, negative where not.</source>
        <translation>두 좌표의 곱: 부호가 같으면 양수, 다르면 음수입니다.</translation>
    </message>
    <message>
        <source>sin(X₁)</source>
        <translation>sin(X₁)</translation>
    </message>
    <message>
        <source>The sine of the first coordinate: waves up and down from left to right.</source>
        <translation>첫 번째 좌표의 사인: 왼쪽에서 오른쪽으로 가며 오르내립니다.</translation>
    </message>
    <message>
        <source>sin(X₂)</source>
        <translation>sin(X₂)</translation>
    </message>
    <message>
        <source>The sine of the second coordinate: waves up and down from bottom to top.</source>
        <translation>두 번째 좌표의 사인: 아래에서 위로 가며 오르내립니다.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <source>1 if the weighted sum is above 0, else 0: Rosenblatt's perceptron. Its gradient is zero everywhere, so gradient descent cannot train it.</source>
        <translation>가중합이 0보다 크면 1, 아니면 0: 로젠블랫의 퍼셉트론입니다. 기울기가 어디서나 0이라서 경사 하강법으로는 학습할 수 없습니다.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형 (항등 함수)</translation>
    </message>
    <message>
        <source>Passes the weighted sum through unchanged: for regression outputs.</source>
        <translation>가중합을 그대로 내보냅니다: 회귀의 출력용.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>Squashes any number into 0..1: a probability. Flat ends make gradients vanish in deep nets.</source>
        <translation>어떤 수든 0..1로 눌러 담습니다: 확률. 양 끝이 평평해서 깊은 신경망에서는 기울기 소실이 생깁니다.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Squashes into -1..1 and is centred on 0; a good default for small networks.</source>
        <translation>-1..1로 눌러 담고 0을 중심으로 합니다. 작은 신경망에 알맞은 기본값입니다.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU(렐루)</translation>
    </message>
    <message>
        <source>max(0, x): fast and keeps gradients alive for positive inputs; negative inputs give 0.</source>
        <translation>max(0, x): 빠르고, 양수 입력에서는 기울기가 살아 있습니다. 음수 입력은 0이 됩니다.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Like ReLU but lets a little (slope 0.2) through for negative inputs, so neurons never die completely.</source>
        <translation>ReLU와 같지만 음수 입력도 조금(기울기 0.2) 통과시켜서 뉴런이 완전히 죽지 않습니다.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Like ReLU for positive inputs and a smooth curve down to -1 for negative ones.</source>
        <translation>양수 입력에서는 ReLU와 같고, 음수 입력에서는 -1까지 매끄럽게 내려가는 곡선입니다.</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>소프트플러스</translation>
    </message>
    <message>
        <source>log(1 + e^x): a smooth version of ReLU.</source>
        <translation>log(1 + e^x): ReLU를 매끄럽게 만든 것입니다.</translation>
    </message>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>x times sigmoid(x): smooth, slightly non-monotonic; works well in deep networks.</source>
        <translation>x 곱하기 sigmoid(x): 매끄럽고 약간 비단조적이며, 깊은 신경망에서 잘 작동합니다.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>x times the chance a standard normal is below x: a smooth ReLU used by transformers.</source>
        <translation>x 곱하기 표준 정규분포 값이 x보다 작을 확률: 트랜스포머가 쓰는 매끄러운 ReLU입니다.</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <source>Turns the output layer's numbers into probabilities that add up to 1: one per class.</source>
        <translation>출력층의 숫자들을 합이 1인 확률로 바꿉니다: 클래스마다 하나씩.</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>모두 0</translation>
    </message>
    <message>
        <source>Every weight starts at 0: all neurons stay identical and the network cannot learn. Try it to see why.</source>
        <translation>모든 가중치가 0에서 시작합니다: 뉴런이 모두 똑같이 남아 신경망이 배우지 못합니다. 왜 그런지 직접 해 보세요.</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>모두 1</translation>
    </message>
    <message>
        <source>Every weight starts at 1: neurons stay identical (symmetry).</source>
        <translation>모든 가중치가 1에서 시작합니다: 뉴런들이 똑같이 남습니다 (대칭).</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>Every weight starts at the same chosen value.</source>
        <translation>모든 가중치가 정한 같은 값에서 시작합니다.</translation>
    </message>
    <message>
        <source>Random normal</source>
        <translation>무작위 정규분포</translation>
    </message>
    <message>
        <source>Small random values from a bell curve (std 0.05).</source>
        <translation>종 모양 분포에서 뽑은 작은 무작위 값 (표준편차 0.05).</translation>
    </message>
    <message>
        <source>Random uniform</source>
        <translation>무작위 균등분포</translation>
    </message>
    <message>
        <source>Small random values between -0.05 and 0.05.</source>
        <translation>-0.05와 0.05 사이의 작은 무작위 값.</translation>
    </message>
    <message>
        <source>Glorot (Xavier) uniform</source>
        <translation>Xavier(글로럿) 균등 초기화</translation>
    </message>
    <message>
        <source>Random values scaled to the layer's size so signals keep their strength: Keras's default, good with tanh/sigmoid.</source>
        <translation>층의 크기에 맞춰 크기를 조절한 무작위 값이라 신호의 세기가 유지됩니다: Keras의 기본값이며 tanh/시그모이드와 잘 맞습니다.</translation>
    </message>
    <message>
        <source>Glorot (Xavier) normal</source>
        <translation>Xavier(글로럿) 정규 초기화</translation>
    </message>
    <message>
        <source>Glorot scaling from a truncated bell curve.</source>
        <translation>잘린 종 모양 분포에서 뽑아 글로럿 방식으로 크기를 조절합니다.</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 정규 초기화</translation>
    </message>
    <message>
        <source>Scaled for ReLU layers (twice Glorot's variance), from a truncated bell curve.</source>
        <translation>ReLU 층에 맞춘 크기(글로럿의 두 배 분산)로, 잘린 종 모양 분포에서 뽑습니다.</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 균등 초기화</translation>
    </message>
    <message>
        <source>Scaled for ReLU layers, uniform.</source>
        <translation>ReLU 층에 맞춘 크기의 균등분포입니다.</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 정규 초기화</translation>
    </message>
    <message>
        <source>Variance 1/fan-in: for SELU-style self-normalising networks.</source>
        <translation>분산 1/입력 수: SELU 방식의 자기 정규화 신경망용.</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차 (MSE)</translation>
    </message>
    <message>
        <source>Average of (target - prediction)^2: the usual loss for regression.</source>
        <translation>(목표값 - 예측값)^2의 평균: 회귀에 흔히 쓰는 손실 함수입니다.</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차 (MAE)</translation>
    </message>
    <message>
        <source>Average of |target - prediction|: like MSE but less swayed by outliers.</source>
        <translation>|목표값 - 예측값|의 평균: MSE와 비슷하지만 이상값에 덜 흔들립니다.</translation>
    </message>
    <message>
        <source>Sum of squared errors</source>
        <translation>오차제곱합 (SSE)</translation>
    </message>
    <message>
        <source>The course's squared error: half the sum of (target - prediction)^2 over the outputs.</source>
        <translation>수업의 제곱 오차: 출력들에 대한 (목표값 - 예측값)^2 합의 절반입니다.</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>How surprised the network is by the true class when it outputs one probability: the loss for yes/no classification.</source>
        <translation>확률 하나를 출력할 때 신경망이 실제 클래스에 얼마나 놀라는지를 잽니다: 이진 분류의 손실 함수입니다.</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>범주형 교차 엔트로피</translation>
    </message>
    <message>
        <source>Cross-entropy over several classes with one-hot targets: the loss for softmax outputs.</source>
        <translation>원-핫 목표값을 쓰는 여러 클래스의 교차 엔트로피: 소프트맥스 출력의 손실 함수입니다.</translation>
    </message>
    <message>
        <source>Sparse categorical cross-entropy</source>
        <translation>희소 범주형 교차 엔트로피</translation>
    </message>
    <message>
        <source>Categorical cross-entropy with class numbers (0, 1, 2, ...) as targets instead of one-hot.</source>
        <translation>원-핫 대신 클래스 번호(0, 1, 2, ...)를 목표값으로 쓰는 범주형 교차 엔트로피입니다.</translation>
    </message>
    <message>
        <source>Binary accuracy</source>
        <translation>이진 정확도</translation>
    </message>
    <message>
        <source>Share of samples whose output is on the right side of 0.5.</source>
        <translation>출력이 0.5를 기준으로 올바른 쪽에 있는 샘플의 비율.</translation>
    </message>
    <message>
        <source>Categorical accuracy</source>
        <translation>범주형 정확도</translation>
    </message>
    <message>
        <source>Share of samples whose most probable class is the true one.</source>
        <translation>가장 확률이 높은 클래스가 실제 클래스인 샘플의 비율.</translation>
    </message>
    <message>
        <source>Sparse categorical accuracy</source>
        <translation>희소 범주형 정확도</translation>
    </message>
    <message>
        <source>Categorical accuracy with class-number targets.</source>
        <translation>클래스 번호를 목표값으로 쓰는 범주형 정확도.</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Average squared distance between target and output.</source>
        <translation>목표값과 출력 사이 거리의 제곱 평균.</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Average distance between target and output.</source>
        <translation>목표값과 출력 사이 거리의 평균.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Plain gradient descent: step downhill by learning rate x gradient. Momentum keeps rolling in the direction it was going; Nesterov looks ahead first.</source>
        <translation>기본 (확률적) 경사 하강법: 학습률 × 기울기만큼 내리막으로 걸어갑니다. 모멘텀은 가던 방향으로 계속 구르고, 네스테로프는 먼저 앞을 내다봅니다.</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Gives each weight its own step size that shrinks as that weight's gradients add up: big steps for rarely-changed weights.</source>
        <translation>가중치마다 자기 스텝 크기를 주고, 그 가중치의 기울기가 쌓일수록 줄입니다: 드물게 바뀌는 가중치는 크게 움직입니다.</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Like Adagrad but forgets old gradients (rho), so the step size adapts without shrinking to zero.</source>
        <translation>Adagrad와 같지만 오래된 기울기를 잊어서(rho) 스텝 크기가 0으로 줄지 않고 적응합니다.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Momentum plus RMSprop's adaptive step size: the usual first choice.</source>
        <translation>모멘텀에 RMSprop의 적응형 스텝 크기를 더한 것: 흔히 가장 먼저 고르는 옵티마이저입니다.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>negative</source>
        <translation>음수</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>양수</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
</context>
</TS>