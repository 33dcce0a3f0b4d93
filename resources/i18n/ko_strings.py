"""Korean for every user-visible English string: English source -> Korean.

Terms follow ``KOREAN_TERMS.md`` (학습률, 에포크, 가중치, 편향, 손실 함수, 재설정 ...); tooltips keep
the English term beside the Korean one where Korean textbooks do. Keys are the exact English
source; a ``(context, source)`` key overrides a plain one for that context only. Placeholders
(``%1``, ``{0}``, ``{name}``) and mnemonics (``(&F)``) must survive. After editing, run
``python packaging/update_translations.py``.
"""

KO = {
    # -- main window, menus, status bar -------------------------------------------------------
    "nnviz — neural network playground": "nnviz — 신경망 놀이터",
    "&File": "파일(&F)",
    "&Quit": "끝내기(&Q)",
    "&Edit": "편집(&E)",
    "&Undo setting": "설정 되돌리기(&U)",
    "Go back to the settings before the last change.": "마지막으로 바꾸기 전의 설정으로 돌아갑니다.",
    "&Redo setting": "설정 다시 하기(&R)",
    "Apply the undone change again.": "되돌린 변경을 다시 적용합니다.",
    "T&raining": "학습(&R)",
    "&Play / Pause": "재생 / 일시정지(&P)",
    "Train continuously, or pause.": "쉬지 않고 학습하거나, 잠시 멈춥니다.",
    "&Step one batch": "배치 하나만 학습(&S)",
    "One weight update from one batch.": "배치 하나로 가중치를 한 번 갱신합니다.",
    "Step one &epoch": "한 에포크 학습(&E)",
    "One pass through all training points.": "모든 훈련 데이터를 한 번 훑습니다.",
    "&Reset": "재설정(&R)",
    "New random weights, same data.": "데이터는 그대로 두고 가중치를 새로 무작위로 정합니다.",
    "&View": "보기(&V)",
    "&Full screen": "전체 화면(&F)",
    "Fill the screen (for a projector).": "화면을 가득 채웁니다 (프로젝터용).",
    "&Language": "언어(&L)",
    "Language of the interface; switching keeps the training as it is.":
        "화면에 쓰이는 언어입니다. 바꿔도 학습 상태는 그대로 유지됩니다.",
    "&Help": "도움말(&H)",
    "&About nnviz": "nnviz 정보(&A)",
    "Version, licence and credits.": "버전, 라이선스, 만든 사람들.",
    "Press Space to train, → for one step, Ctrl+R to reset.":
        "Space 키로 학습, 오른쪽 화살표 키(→)로 한 스텝, Ctrl+R로 재설정합니다.",
    "The best weights so far (epoch %1) are back.": "지금까지 가장 좋았던 가중치(에포크 %1)로 되돌렸습니다.",
    "Learning rate lowered from %1 to %2; the last good weights are back.":
        "학습률을 %1에서 %2(으)로 낮추고, 마지막으로 정상이던 가중치로 되돌렸습니다.",
    "Learning rate lowered from %1 to %2.": "학습률을 %1에서 %2(으)로 낮췄습니다.",
    "Learning rate %1  ·  %2 weights": "학습률 %1  ·  가중치 %2개",
    "Stopped": "멈춤",
    "Diverged": "발산함",
    "Training… unstable": "학습 중… 불안정",
    "Paused · unstable": "일시정지 · 불안정",
    "Training…": "학습 중…",
    "Paused": "일시정지",
    "&Data": "데이터(&D)",
    "&Training": "학습(&T)",
    "Training has stopped: restore the last good weights, lower the learning rate or reset first.":
        "학습이 멈췄습니다. 먼저 마지막으로 정상이던 가중치를 복원하거나, 학습률을 낮추거나, "
        "재설정하세요.",
    "Internal error ({0}). nnviz goes on.": "내부 오류({0}). nnviz는 계속 동작합니다.",
    "Internal error ({0}). nnviz goes on; details in {1}":
        "내부 오류({0}). nnviz는 계속 동작합니다. 자세한 내용은 {1}에 있습니다.",
    "The training process stopped %1 times within a minute: training now runs inside the window (slower).":
        "학습 프로세스가 1분 안에 %1번 멈췄습니다. 이제 학습은 창 안에서 실행됩니다 (더 느립니다).",
    "Training restarted after the training process stopped.":
        "학습 프로세스가 멈춘 뒤 학습을 다시 시작했습니다.",
    "Training runs inside the window (slower): its own process could not start (%1).":
        "학습을 창 안에서 실행합니다 (더 느립니다). 학습 프로세스를 시작할 수 없었습니다 (%1).",

    # -- transport bar ------------------------------------------------------------------------
    "Reset": "재설정",
    "Reset (Ctrl+R): start again from new random weights on the same data.":
        "재설정 (Ctrl+R): 같은 데이터에서 새 무작위 가중치로 처음부터 다시 시작합니다.",
    "Play": "재생",
    "Pause": "일시정지",
    "Step": "한 스텝",
    "Step (→): train on one batch of points, i.e. one weight update, then stop.":
        "한 스텝 (→): 배치 하나로 학습해 가중치를 한 번 갱신하고 멈춥니다.",
    "Epoch": "에포크",
    "Step one epoch (Ctrl+→): go once through all the training points, then stop.":
        "한 에포크 (Ctrl+→): 모든 훈련 데이터를 한 번 훑고 멈춥니다.",
    "Epochs so far: one epoch is one pass through every training point.":
        "지금까지의 에포크 (epoch): 에포크 하나는 모든 훈련 데이터를 한 번 훑는 것입니다.",
    "Steps so far: one step is one weight update from one batch of points.":
        "지금까지의 스텝 (step): 스텝 하나는 배치 하나로 가중치를 한 번 갱신하는 것입니다.",
    "Speed limit: slow motion (one step per second) lets a class follow every update; all the way right trains as fast as the computer can.":
        "속도 제한: 느린 동작(초당 한 스텝)이면 교실에서 갱신 하나하나를 따라갈 수 있고, "
        "오른쪽 끝까지 밀면 컴퓨터가 낼 수 있는 최고 속도로 학습합니다.",
    "Step %1": "스텝 %1",
    "Pause (Space): stop training; the weights stay as they are.":
        "일시정지 (Space): 학습을 멈춥니다. 가중치는 그대로 남습니다.",
    "Play (Space): train continuously, batch after batch.":
        "재생 (Space): 배치를 하나씩 이어 가며 쉬지 않고 학습합니다.",
    "&Speed: unlimited": "속도(&S): 제한 없음",
    "&Speed: 1 step/s (slow motion)": "속도(&S): 초당 1스텝 (느린 동작)",
    "&Speed: %1 steps/s": "속도(&S): 초당 %1스텝",

    # -- divergence banner ----------------------------------------------------------------------
    "Restore last good weights": "마지막 정상 가중치 복원",
    "Go back to the weights from just before the loss became infinite, so the training so far is not lost.":
        "손실이 무한대가 되기 직전의 가중치로 돌아가므로, 지금까지의 학습을 잃지 않습니다.",
    "Go back to the weights that did best on the test data so far. Training goes on from there.":
        "지금까지 테스트 데이터에서 가장 좋았던 가중치로 돌아갑니다. 학습은 거기서부터 이어집니다.",
    "Lower learning rate": "학습률 낮추기",
    "Take smaller steps: a smaller learning rate stops the updates from overshooting and blowing up.":
        "더 작은 걸음으로 내려갑니다. 학습률 (learning rate)을 줄이면 갱신이 최솟값을 지나쳐 "
        "폭주하는 것을 막습니다.",
    "Close": "닫기",
    "Close this message (Esc).": "이 메시지를 닫습니다 (Esc).",
    "Training diverged in epoch %1: the loss became infinite or not a number. The learning rate %2 is probably too large — each step overshoots the minimum. Try %3, or go back to earlier weights.":
        "에포크 %1에서 학습이 발산했습니다. 손실이 무한대 또는 숫자가 아닌 값(NaN)이 되었습니다. "
        "학습률 %2이(가) 너무 큰 것 같습니다 — 스텝마다 최솟값을 지나칩니다. %3을(를) 써 보거나, "
        "이전 가중치로 돌아가세요.",
    "Training is unstable: since epoch %1 the training loss has stayed above the baseline %2 (always guessing the same answer, the dashed line) or kept rising. The learning rate %3 is probably too large. Try %4, or go back to the best weights so far. Training goes on meanwhile.":
        "학습이 불안정합니다. 에포크 %1부터 훈련 손실이 기준선 %2(늘 같은 답을 내는 경우, 점선)보다 "
        "높거나 계속 오르고 있습니다. 학습률 %3이(가) 너무 큰 것 같습니다. %4을(를) 써 보거나, "
        "지금까지 가장 좋았던 가중치로 돌아가세요. 그동안에도 학습은 계속됩니다.",
    "Training is stuck: since epoch %1 the training loss has sat on the baseline %2 (the dashed line), so the network gives about the same answer everywhere. Its gradients may be vanishing (deep sigmoid or tanh layers: try ReLU or batch normalization), or the learning rate %3 saturated its neurons (try %4).":
        "학습이 멈춰 있습니다. 에포크 %1부터 훈련 손실이 기준선 %2(점선)에 머물러, 신경망이 "
        "어디서나 거의 같은 답을 냅니다. 기울기 소실일 수 있고(깊은 시그모이드나 tanh 층: ReLU나 "
        "배치 정규화를 써 보세요), 학습률 %3이(가) 뉴런들을 포화시켰을 수도 있습니다(%4을(를) 써 "
        "보세요).",
    "Restore best weights (epoch %1, test loss %2)": "최고 가중치 복원 (에포크 %1, 테스트 손실 %2)",
    "Restore best weights (epoch %1, train loss %2)": "최고 가중치 복원 (에포크 %1, 훈련 손실 %2)",

    # -- data panel -----------------------------------------------------------------------------
    "Choose a dataset": "데이터셋 선택",
    "How many of the points the network learns from; the rest are kept aside as test data, to check that it also works on points it has never seen.":
        "신경망이 학습에 쓰는 점의 비율입니다. 나머지는 테스트 데이터로 따로 두어, 한 번도 보지 "
        "못한 점에서도 잘 맞히는지 확인합니다.",
    "How far the points are scattered away from the clean pattern. Noisy data is harder to learn and easier to overfit.":
        "점들이 깨끗한 무늬에서 얼마나 흩어져 있는지입니다. 노이즈 (noise)가 많은 데이터는 "
        "학습하기 어렵고 과대적합 (overfitting)되기 쉽습니다.",
    "&Classes:": "클래스(&C):",
    "How many groups (classes) of points the dataset has. Several classes need a softmax output with one neuron per class.":
        "데이터셋에 있는 점의 무리(클래스) 개수입니다. 클래스가 여럿이면 클래스마다 뉴런이 하나씩 "
        "있는 소프트맥스 (softmax) 출력이 필요합니다.",
    "&Inputs 0 and 1, as in the truth table": "진리표처럼 입력을 0과 1로(&I)",
    "Put the four points at the truth table's corners (0,0), (1,0), (0,1), (1,1), as in the course; the output view zooms to them. Off: corners at ±3, on the same scale as the other datasets.":
        "수업에서처럼 네 점을 진리표의 꼭짓점 (0,0), (1,0), (0,1), (1,1)에 둡니다. 출력 화면도 "
        "그 범위로 확대됩니다. 끄면 꼭짓점이 ±3에 놓여 다른 데이터셋과 같은 축척이 됩니다.",
    "&Points:": "점 개수(&P):",
    "How many points the dataset has in all (training plus test). More points show the pattern better but make each epoch slower.":
        "데이터셋의 전체 점 개수(훈련 + 테스트)입니다. 점이 많을수록 무늬가 잘 드러나지만 "
        "에포크마다 시간이 더 걸립니다.",
    "&Regenerate": "다시 만들기(&R)",
    "Draw a fresh random sample of points with the same shape (a new data seed).":
        "같은 모양으로 점을 새로 무작위 추출합니다 (새 데이터 시드).",
    "&Train: %1%  ·  Test: %2%": "훈련(&T): %1%  ·  테스트: %2%",
    "&Noise: %1%": "노이즈(&N): %1%",
    "XOR": "XOR",

    # -- training panel -------------------------------------------------------------------------
    "Problem": "문제",
    "Classification": "이진 분류",
    "Multi-class": "다중 분류",
    "Regression": "회귀",
    "Pro&blem:": "문제 유형(&B):",
    "What the network predicts: one of two classes, one of several classes, or a number. Switching picks a fitting dataset and the usual loss and output.":
        "신경망이 무엇을 예측하는지 고릅니다: 두 클래스 중 하나, 여러 클래스 중 하나, 또는 숫자. "
        "바꾸면 알맞은 데이터셋과 흔히 쓰는 손실 함수·출력이 함께 골라집니다.",
    "&Loss:": "손실 함수(&L):",
    "O&utput:": "출력(&U):",
    "The loss measures how wrong the predictions are; training pushes it down. Automatic picks the usual one for the problem type.":
        "손실 함수 (loss function)는 예측값이 얼마나 틀렸는지 잽니다. 학습은 이 값을 줄여 나갑니다. "
        "자동을 고르면 문제 유형에 흔히 쓰는 것을 씁니다.",
    "The activation of the output neurons: it turns their sums into the prediction. Automatic: sigmoid, softmax or linear by problem type.":
        "출력 뉴런의 활성화 함수 (activation function)로, 가중합을 예측값으로 바꿉니다. "
        "자동: 문제 유형에 따라 시그모이드, 소프트맥스 또는 항등 함수.",
    "Optimizer": "옵티마이저",
    "&Optimizer:": "옵티마이저(&O):",
    "Learning &rate:": "학습률(&R):",
    "Nesterov": "네스테로프",
    "&Momentum:": "모멘텀(&M):",
    "Keeps part of the previous step, like a ball rolling downhill: it speeds up along steady slopes and damps zig-zags. 0 = plain gradient descent.":
        "모멘텀 (momentum): 언덕을 굴러 내려가는 공처럼 이전 스텝의 일부를 이어 갑니다. 한결같은 "
        "비탈에서는 빨라지고 지그재그는 줄어듭니다. 0 = 기본 경사 하강법.",
    "Nesterov momentum looks ahead: the gradient is taken where momentum is about to carry the weights, which often overshoots less.":
        "네스테로프 가속 경사 (NAG)는 앞을 내다봅니다. 모멘텀이 가중치를 옮겨 놓을 자리에서 "
        "기울기를 구하므로 최솟값을 덜 지나치는 경우가 많습니다.",
    "Rh&o:": "Rho(&O):",
    "How long RMSprop remembers past squared gradients (0.9 = roughly the last 10 steps); it divides each step by their typical size.":
        "RMSprop이 지난 기울기의 제곱을 얼마나 오래 기억하는지입니다 (0.9 = 대략 최근 10스텝). "
        "각 스텝을 그 전형적인 크기로 나눕니다.",
    "Beta &1:": "Beta &1:",
    "How long Adam remembers the direction of past gradients (its momentum); 0.9 = roughly the last 10 steps.":
        "Adam이 지난 기울기의 방향(모멘텀)을 얼마나 오래 기억하는지입니다. 0.9 = 대략 최근 10스텝.",
    "Beta &2:": "Beta &2:",
    "How long Adam remembers the size of past gradients, used to scale each weight's step; 0.999 = roughly the last 1000 steps.":
        "Adam이 지난 기울기의 크기를 얼마나 오래 기억하는지입니다. 가중치마다 스텝 크기를 조절하는 "
        "데 씁니다. 0.999 = 대략 최근 1000스텝.",
    "E&psilon:": "엡실론(&P):",
    "A tiny number added before dividing by the gradient size, so the step never divides by zero. Rarely needs changing.":
        "기울기 크기로 나누기 전에 더하는 아주 작은 수로, 0으로 나누는 일을 막습니다. "
        "바꿀 일은 거의 없습니다.",
    "The rule that turns gradients into weight changes. SGD is plain gradient descent; the others adapt the step for each weight.":
        "옵티마이저 (optimizer)는 기울기를 가중치 변화로 바꾸는 규칙입니다. SGD는 기본 경사 "
        "하강법이고, 나머지는 가중치마다 스텝 크기를 맞춰 갑니다.",
    "Batches": "배치",
    "&Full batch": "전체 배치(&F)",
    "Use every training point for each update: smooth, exact steps but only one update per epoch.":
        "갱신할 때마다 모든 훈련 데이터를 씁니다. 스텝은 매끄럽고 정확하지만 에포크당 한 번만 "
        "갱신합니다.",
    "Batch si&ze:": "배치 크기(&Z):",
    "How many points the network looks at before each weight update. Small batches give many quick, noisy steps; large ones give few, smooth steps.":
        "배치 크기 (batch size): 가중치를 한 번 갱신하기 전에 신경망이 보는 점의 개수입니다. "
        "작은 배치는 빠르고 들쭉날쭉한 스텝을 많이, 큰 배치는 매끄러운 스텝을 적게 만듭니다.",
    "S&eed:": "시드(&E):",
    "The starting number for the random choices of training (first weights, batch order). The same seed repeats a run exactly; another seed tries another start.":
        "학습의 무작위 선택(처음 가중치, 배치 순서)에 쓰는 시작 숫자입니다. 시드가 같으면 같은 "
        "학습이 그대로 되풀이되고, 다른 시드는 다른 출발점을 시험합니다.",
    "Weights": "가중치",
    "&Initializer:": "가중치 초기화(&I):",
    "None": "없음",
    "L1": "L1",
    "L2": "L2",
    "L1 + L2": "L1 + L2",
    "Re&gularization:": "규제(&G):",
    "A penalty on large weights added to the loss, to keep the model simple and reduce overfitting. L1 pushes weights to exactly 0; L2 shrinks them all.":
        "규제 (regularization): 큰 가중치에 벌점을 매겨 손실에 더해, 모델을 단순하게 유지하고 "
        "과대적합을 줄입니다. L1 규제는 가중치를 정확히 0으로 밀고, L2 규제는 모두를 조금씩 줄입니다.",
    "Reg. ra&te:": "규제 비율(&T):",
    "Regularization rate: how strong the weight penalty is. Too strong and the network cannot fit even the training data.":
        "규제 비율: 가중치 벌점이 얼마나 강한지입니다. 너무 강하면 훈련 데이터조차 맞추지 "
        "못합니다 (과소적합).",
    "How the weights are chosen before training starts. Random, well-scaled weights let every neuron learn something different.":
        "가중치 초기화 (weight initialization): 학습을 시작하기 전에 가중치를 정하는 방법입니다. "
        "크기가 알맞은 무작위 가중치라야 뉴런마다 서로 다른 것을 배웁니다.",
    "Auto: %1": "자동: %1",
    " of %1": " / %1",
    "“%1” is not a number. Type %2.": "“%1”은(는) 숫자가 아닙니다. %2처럼 입력하세요.",
    "a learning rate such as 0.03": "0.03 같은 학습률",
    "a small number such as 1e-7": "1e-7 같은 작은 수",
    "a rate such as 0.001": "0.001 같은 비율",

    # -- learning-rate schedule -----------------------------------------------------------------
    "&Now:": "현재(&N):",
    "The learning rate the optimizer uses at this moment: the schedule has lowered it from the learning rate above.":
        "옵티마이저가 지금 쓰는 학습률입니다. 학습률 스케줄이 위의 학습률에서 낮춘 값입니다.",
    "Constant": "상수",
    "Exponential decay": "지수 감소",
    "Inverse time decay": "역시간 감소",
    "Piecewise constant": "구간별 상수",
    "Cosine decay": "코사인 감소",
    "Sc&hedule:": "스케줄(&H):",
    "E&very:": "주기(&V):",
    "At epoch&s:": "에포크(&S):",
    "Fa&ctor:": "배율(&C):",
    " × rate": " × 학습률",
    "Lo&west:": "최저(&W):",
    "Cosine: the rate it ends at, as a fraction of the learning rate (0 = it stops learning at the end; Keras calls it alpha).":
        "코사인: 마지막에 도달하는 학습률을 처음 학습률에 대한 비율로 나타냅니다 (0 = 끝에서 "
        "학습을 멈춤; Keras에서는 alpha).",
    "Whether the learning rate stays the same or shrinks as training goes on, counted in epochs: big steps early to make progress, small steps late to settle into the minimum.":
        "학습률 스케줄 (learning-rate schedule): 학습이 진행되면서 학습률을 그대로 둘지 줄일지 "
        "에포크 단위로 정합니다. 처음에는 큰 걸음으로 나아가고, 나중에는 작은 걸음으로 최솟값에 "
        "자리 잡습니다.",
    " epochs": " 에포크",
    "O&ver:": "기간(&V):",
    "How big a step the optimizer takes downhill on the loss each update. Too small learns slowly; too large overshoots and can diverge. Pick one or type a number.":
        "학습률 (learning rate): 갱신할 때마다 옵티마이저가 손실의 내리막으로 내딛는 걸음의 "
        "크기입니다. 너무 작으면 느리게 배우고, 너무 크면 지나쳐서 발산할 수 있습니다. 고르거나 "
        "숫자를 입력하세요.",
    "With a schedule this is the starting rate; “Now” shows the rate the schedule gives at this moment.":
        "스케줄이 있으면 이 값은 시작 학습률입니다. “현재”는 스케줄이 지금 주는 학습률입니다.",
    "How many epochs (passes over the training set) the schedule takes to multiply the rate by the factor.":
        "스케줄이 학습률에 배율을 한 번 곱하기까지 걸리는 에포크(훈련 데이터를 훑는 횟수) 수입니다.",
    "After this many epochs the rate is divided by 1 + factor; after twice as many by 1 + 2 × factor, and so on.":
        "이만큼의 에포크가 지나면 학습률을 1 + 배율로 나누고, 두 배가 지나면 1 + 2 × 배율로 "
        "나누는 식입니다.",
    "How many epochs the cosine takes to bring the rate down to its lowest; after that it stays there.":
        "코사인이 학습률을 최저값까지 내리는 데 걸리는 에포크 수입니다. 그 뒤로는 그 값에 머뭅니다.",
    "What the rate is multiplied by every period: 0.5 halves it every so many epochs.":
        "주기마다 학습률에 곱하는 수입니다. 0.5면 정해진 에포크마다 절반이 됩니다.",
    "How fast the rate falls: the rate is divided by 1 + factor × epochs / period.":
        "학습률이 줄어드는 빠르기입니다. 학습률을 1 + 배율 × 에포크 / 주기로 나눕니다.",
    "What the rate is multiplied by after each of the epochs: 0.5 halves it each time.":
        "각 에포크가 지날 때마다 학습률에 곱하는 수입니다. 0.5면 그때마다 절반이 됩니다.",
    "The epochs after which the rate drops, separated by commas, e.g. 500, 1000.":
        "학습률이 떨어지는 에포크들을 쉼표로 구분해 적습니다. 예: 500, 1000.",
    "The rate is multiplied by %1 every %2 epochs, smoothly: %3 at epoch 0, %4 at epoch %2, %5 at epoch %6.":
        "학습률에 %2 에포크마다 %1을(를) 매끄럽게 곱합니다: 에포크 0에서 %3, 에포크 %2에서 %4, "
        "에포크 %6에서 %5.",
    "The rate is divided by 1 + %1 × epochs / %2: %3 at epoch 0, %4 at epoch %2, %5 at epoch %6.":
        "학습률을 1 + %1 × 에포크 / %2(으)로 나눕니다: 에포크 0에서 %3, 에포크 %2에서 %4, "
        "에포크 %6에서 %5.",
    "The rate is multiplied by %1 after epoch %2: %3.": "에포크 %2 뒤에 학습률에 %1을(를) 곱합니다: %3.",
    "The rate falls along half a cosine from %1 to %2 over %3 epochs, then stays at %2.":
        "학습률이 %3 에포크 동안 코사인 반 주기를 따라 %1에서 %2(으)로 내려간 뒤 %2에 머뭅니다.",
    "“%1” is not a list of whole epochs. Type epochs such as 500, 1000.":
        "“%1”은(는) 정수 에포크 목록이 아닙니다. 500, 1000처럼 입력하세요.",
    "The rate the schedule gives at epoch %1.": "에포크 %1에서 스케줄이 주는 학습률입니다.",
    "Learning rate by epoch (schedule)": "에포크별 학습률 (스케줄)",
    "The learning rate the schedule gives over the epochs: solid up to now, dotted for what is to come; the dot is the rate used now.":
        "스케줄이 에포크에 따라 주는 학습률입니다. 지금까지는 실선, 앞으로는 점선이며, 점은 지금 "
        "쓰는 학습률입니다.",
    "%1 at epoch %2": "에포크 %2에서 %1",

    # -- curves view ----------------------------------------------------------------------------
    "baseline: always guess the median %1": "기준 모델: 늘 중앙값 %1로 예측",
    "baseline: always guess the mean %1": "기준 모델: 늘 평균 %1로 예측",
    "baseline: always guess blue": "기준 모델: 늘 파랑으로 예측",
    "baseline: always guess orange": "기준 모델: 늘 주황으로 예측",
    "baseline": "기준 모델",
    "baseline: always guess %1 % blue": "기준 모델: 늘 파랑 %1 %로 예측",
    "baseline: always guess the class shares": "기준 모델: 늘 클래스 비율로 예측",
    "Test loss": "테스트 손실",
    "Train loss": "훈련 손실",
    "Accuracy": "정확도",
    "Share of test points classified correctly": "테스트 데이터 중 올바르게 분류한 비율",
    "Log scale": "로그 눈금",
    "Show the loss on a logarithmic axis": "손실을 로그 축으로 보여 줍니다",
    "Log": "로그",
    "The loss of always guessing the same answer — the class shares, or the mean of the targets. A model that learns anything must get below this line.":
        "기준 모델 (baseline)의 손실: 늘 같은 답(클래스 비율이나 목표값의 평균)을 낼 때의 "
        "손실입니다. 무엇이든 배운 모델이라면 이 선 아래로 내려가야 합니다.",
    "Epoch {0}": "에포크 {0}",

    # -- output (decision boundary) -------------------------------------------------------------
    "Show test data": "테스트 데이터 보기",
    "Draw the held-out test points as hollow circles": "따로 떼어 둔 테스트 데이터를 속이 빈 원으로 그립니다",
    "Discretize output": "출력 이산화",
    "Paint each region in one solid colour: the network's decision instead of its confidence":
        "영역마다 한 가지 색으로 칠합니다: 신경망의 확신 정도 대신 결정 (결정 경계)만 보여 줍니다",
    "Output": "출력",
    "Output neuron {0}": "출력 뉴런 {0}",
    "Hidden layer {0} · neuron {1}": "은닉층 {0} · 뉴런 {1}",
    "class {0}": "클래스 {0}",

    # -- network graph --------------------------------------------------------------------------
    "output": "출력",
    "output {0}": "출력 {0}",
    "layer {0} · neuron {1}": "층 {0} · 뉴런 {1}",
    "click to stop using it": "클릭하면 쓰지 않습니다",
    "click to use it": "클릭하면 씁니다",
    "Weight {0} → {1}": "가중치 {0} → {1}",
    "Bias of {0}": "{0}의 편향",
    "Gradient ∂loss/∂w: {0}": "기울기 ∂손실/∂w: {0}",
    "Click to type a new value": "클릭해서 새 값을 입력합니다",
    "Features": "입력 특성",
    "Remove a neuron from this layer": "이 층에서 뉴런 하나 빼기",
    "Add a neuron to this layer": "이 층에 뉴런 하나 더하기",
    "Neurons in this layer": "이 층의 뉴런 수",
    "Activation function of this layer": "이 층의 활성화 함수",
    "drop ": "드롭 ",
    "Dropout rate: the share of this layer's neurons switched off at random in each training step (0 = none)":
        "드롭아웃 (dropout) 비율: 학습 스텝마다 이 층의 뉴런 중 무작위로 끄는 비율 (0 = 끄지 않음)",
    "BN": "BN",
    "Batch normalization after this layer": "이 층 뒤에 배치 정규화 (batch normalization)",
    "{0} neurons": "뉴런 {0}개",
    "Add a hidden layer": "은닉층 더하기",
    "Remove the last hidden layer": "마지막 은닉층 빼기",
    "Weight (line width = size)": "가중치 (선 굵기 = 크기)",
    "The network needs at least one input: switch another feature on first.":
        "신경망에는 입력이 적어도 하나 있어야 합니다. 먼저 다른 입력 특성을 켜세요.",
    "At most {0} hidden layers": "은닉층은 최대 {0}개",
    "Hidden layers: {0}": "은닉층: {0}개",
    "Type a number and press Enter (Esc cancels)": "숫자를 입력하고 Enter를 누르세요 (Esc는 취소)",
    "Not a number between −1000 and 1000: nothing changed": "−1000에서 1000 사이의 숫자가 아닙니다: 바뀐 것이 없습니다",
    "negative": "음수",
    "0": "0",
    "positive": "양수",
}

KO.update({
    # -- about dialog ---------------------------------------------------------------------------
    "About nnviz": "nnviz 정보",
    "Version %1": "버전 %1",
    "A desktop neural-network playground: watch a network learn, live.":
        "데스크톱 신경망 놀이터: 신경망이 배우는 모습을 실시간으로 지켜보세요.",
    "Free software under the MIT License: use, copy, change and share it freely.":
        "MIT 라이선스의 자유 소프트웨어입니다. 자유롭게 쓰고, 복사하고, 고치고, 나누세요.",
    "Qt %1 · PySide6 %2 · NumPy %3 · Python %4": "Qt %1 · PySide6 %2 · NumPy %3 · Python %4",
    "&Licences…": "라이선스(&L)…",
    "About &Qt": "Qt 정보(&Q)",
    "Built with <a href='https://www.qt.io/'>Qt</a> and <a href='https://doc.qt.io/qtforpython-6/'>PySide6</a> (LGPL-3.0), <a href='https://www.pyqtgraph.org/'>pyqtgraph</a> (MIT) and <a href='https://numpy.org/'>NumPy</a> (BSD).":
        "<a href='https://www.qt.io/'>Qt</a>와 <a href='https://doc.qt.io/qtforpython-6/'>PySide6</a> "
        "(LGPL-3.0), <a href='https://www.pyqtgraph.org/'>pyqtgraph</a> (MIT), "
        "<a href='https://numpy.org/'>NumPy</a> (BSD)로 만들었습니다.",
    "Inspired by <a href='%1'>TensorFlow Playground</a> by Daniel Smilkov and Shan Carter.":
        "Daniel Smilkov와 Shan Carter의 <a href='%1'>TensorFlow Playground</a>에서 영감을 받았습니다.",
    "nnviz is released under the MIT License.\n\nFull text: %1":
        "nnviz는 MIT 라이선스로 배포됩니다.\n\n전문: %1",
    "nnviz — MIT License": "nnviz — MIT 라이선스",

    # -- instruments ----------------------------------------------------------------------------
    "&Instruments": "실험 도구(&I)",
    "Instruments": "실험 도구",
    "Perceptron lab": "퍼셉트론 실험실",
    "Rosenblatt's rule sample by sample: AND and OR are learned, XOR never is.":
        "로젠블랫의 규칙을 샘플 하나씩 적용합니다. AND와 OR은 배우지만 XOR은 끝내 배우지 못합니다.",
    "Gradient descent": "경사 하강법",
    "A ball rolls down a loss curve: too small a learning rate crawls, too large diverges.":
        "공이 손실 곡선을 따라 굴러 내려갑니다. 학습률이 너무 작으면 기어가고, 너무 크면 발산합니다.",
    "Optimizer race": "옵티마이저 경주",
    "SGD, momentum, NAG, Adagrad, RMSprop and Adam race down a loss surface.":
        "SGD, 모멘텀, NAG, Adagrad, RMSprop, Adam이 손실 곡면을 따라 내려가며 경주합니다.",
    "Activations": "활성화 함수",
    "Each activation and its derivative; softmax with and without subtracting the maximum.":
        "각 활성화 함수와 그 도함수, 그리고 최댓값을 빼거나 빼지 않고 계산한 소프트맥스.",
    "Losses": "손실 함수",
    "Squared error against cross-entropy, and the mean loss of a batch.":
        "제곱 오차와 교차 엔트로피의 비교, 그리고 배치의 평균 손실.",

    # activations
    "<b>Activation and its slope.</b> Backprop multiplies by f′(z) at every layer; where f′ is near 0 (red bands, |f′| &lt; %1) the gradient all but vanishes. Sigmoid's slope is at most 0.25, so through n layers it shrinks at least like 0.25ⁿ. Below: softmax of a vector, computed as written and with the maximum subtracted first (the same answer, without overflow).":
        "<b>활성화 함수와 그 기울기.</b> 역전파 (backpropagation)는 층마다 f′(z)를 곱합니다. "
        "f′이 0에 가까운 곳(빨간 띠, |f′| &lt; %1)에서는 기울기가 거의 사라집니다 (기울기 소실). "
        "시그모이드의 기울기는 최대 0.25이므로 n개 층을 지나면 적어도 0.25ⁿ만큼 작아집니다. "
        "아래: 벡터의 소프트맥스를 식 그대로 계산한 값과 최댓값을 먼저 빼고 계산한 값 "
        "(답은 같고 오버플로가 없습니다).",
    "Layers in a row": "연달은 층 수",
    "Softmax: why subtract the maximum (seed 004)": "소프트맥스: 왜 최댓값을 빼는가 (seed 004)",
    "z =": "z =",
    "largest |f′(x)| = <b>%1</b> &nbsp;→&nbsp; through %2 layers the gradient is multiplied by at most <b>%3</b>. %4":
        "가장 큰 |f′(x)| = <b>%1</b> &nbsp;→&nbsp; %2개 층을 지나면 기울기에 많아야 "
        "<b>%3</b>이(가) 곱해집니다. %4",
    "Type numbers separated by commas, like 1010, 1000, 990.": "1010, 1000, 990처럼 쉼표로 구분한 숫자를 입력하세요.",
    "e^z (as written)": "e^z (식 그대로)",
    "e^z / Σ e^z (as written)": "e^z / Σ e^z (식 그대로)",
    "z − max(z)": "z − max(z)",
    "e^(z − max)": "e^(z − max)",
    "softmax (engine, stable)": "소프트맥스 (엔진, 안정적)",
    "As written, e^z overflows (e^710 is already too big for a float64): ∞ / ∞ = NaN. Subtracting the maximum changes nothing mathematically, but the largest exponent becomes e^0 = 1 and the answer is finite.":
        "식 그대로면 e^z가 오버플로됩니다 (e^710은 이미 float64로 담기에 너무 큽니다): ∞ / ∞ = NaN. "
        "최댓값을 빼도 수학적으로는 달라지는 것이 없지만, 가장 큰 지수가 e^0 = 1이 되어 답이 "
        "유한한 값으로 나옵니다.",
    "Both ways agree here; try 1010, 1000, 990 to see the written formula overflow.":
        "여기서는 두 방법이 같은 답을 냅니다. 1010, 1000, 990을 넣어 식 그대로가 오버플로되는 것을 "
        "보세요.",

    # gradient descent
    "loss": "손실",
    "<b>Gradient descent:</b> x ← x − η·f′(x). The blue line is the tangent; its slope f′(x) is the gradient. A tiny η crawls, a good one converges, a large one overshoots to the other side and, past a limit, diverges (on the bowl f = x², beyond η = 1). Click the plot or type x to choose where the ball starts.":
        "<b>경사 하강법 (gradient descent):</b> x ← x − η·f′(x). 파란 선은 접선이고, 그 기울기 "
        "f′(x)가 기울기 (gradient)입니다. η가 아주 작으면 기어가고, 알맞으면 수렴하며, 크면 반대편으로 "
        "지나치고, 한계를 넘으면 발산합니다 (그릇 f = x²에서는 η = 1부터). 그래프를 클릭하거나 x를 "
        "입력해 공이 출발할 곳을 고르세요.",
    "Bowl  f = x²": "그릇  f = x²",
    "Local and global minimum": "지역 최솟값과 전역 최솟값",
    "Plateau": "평탄한 구간",
    "Curve": "곡선",
    "Learning rate η": "학습률 η",
    "Start x": "시작 x",
    "step %1 &nbsp; x = <b>%2</b> &nbsp; loss f(x) = <b>%3</b> &nbsp; slope f′(x) = <b>%4</b> &nbsp; next step −η·f′(x) = <b>%5</b>":
        "스텝 %1 &nbsp; x = <b>%2</b> &nbsp; 손실 f(x) = <b>%3</b> &nbsp; 기울기 f′(x) = <b>%4</b> "
        "&nbsp; 다음 걸음 −η·f′(x) = <b>%5</b>",
    "Rolling downhill.": "내리막을 굴러가는 중입니다.",
    "Crawling: the learning rate is so small that each step barely moves. It will get there, one day.":
        "기어가는 중: 학습률이 너무 작아서 스텝마다 거의 움직이지 않습니다. 언젠가는 도착합니다.",
    "Converged: the slope is zero at the minimum, so the steps stop.":
        "수렴: 최솟값에서는 기울기가 0이므로 걸음이 멈춥니다.",
    "Stuck in a local minimum: the slope is zero here too, but a lower valley exists elsewhere.":
        "지역 최솟값에 갇혔습니다: 여기서도 기울기는 0이지만, 더 낮은 골짜기가 다른 곳에 있습니다.",
    "Overshooting: each step jumps past the minimum to the other side.":
        "지나침: 스텝마다 최솟값을 넘어 반대편으로 건너뜁니다.",
    "Diverged: every step lands farther from the minimum than the last, and the loss grows without limit. Lower the learning rate.":
        "발산: 스텝마다 지난번보다 최솟값에서 더 멀리 떨어지고, 손실이 끝없이 커집니다. "
        "학습률을 낮추세요.",

    # optimizer race
    "<b>Six optimizers, one surface.</b> Each takes the engine's own update on the surface's exact gradient, as in training. Momentum keeps rolling, NAG looks ahead before it steps, Adagrad, RMSprop and Adam give each direction its own step size. Drag the red target to move the start; try the elongated valley and Rosenbrock.":
        "<b>옵티마이저 여섯, 곡면 하나.</b> 각 옵티마이저는 학습 때와 똑같이 곡면의 정확한 기울기로 "
        "엔진의 갱신을 합니다. 모멘텀은 계속 굴러가고, NAG는 내딛기 전에 앞을 내다보며, Adagrad, "
        "RMSprop, Adam은 방향마다 스텝 크기를 따로 줍니다. 빨간 표적을 끌어 출발점을 옮기고, 길쭉한 "
        "골짜기와 로젠브록 함수도 시험해 보세요.",
    "Bowl": "그릇",
    "Elongated valley": "길쭉한 골짜기",
    "Rosenbrock (banana)": "로젠브록 (바나나)",
    "Saddle point": "안장점",
    "Local minima": "지역 최솟값",
    "Surface": "곡면",
    "Momentum": "모멘텀",
    "Learning rate": "학습률",
    "Loss": "손실",
    "Position": "위치",
    "diverged after %1 steps": "%1스텝 뒤 발산",

    # perceptron lab
    "<b>One neuron, Rosenblatt's rule.</b> k = w₀·x₀ + w₁·x₁ + w₂·x₂ with x₀ = −1, y = 1 if k &gt; 0 else 0, and after every sample <b>w ← w + η·(t − y)·x</b>. The line w₁·x₁ + w₂·x₂ = w₀ separates y = 1 from y = 0: watch it move after each mistake (shaded rows). AND and OR settle; XOR never does.":
        "<b>뉴런 하나, 로젠블랫의 규칙.</b> x₀ = −1일 때 k = w₀·x₀ + w₁·x₁ + w₂·x₂이고, "
        "k &gt; 0이면 y = 1, 아니면 0이며, 샘플마다 <b>w ← w + η·(t − y)·x</b>로 고칩니다. "
        "직선 w₁·x₁ + w₂·x₂ = w₀이 y = 1과 y = 0을 가릅니다: 틀릴 때마다(음영 행) 직선이 움직이는 "
        "것을 보세요. AND와 OR은 자리를 잡지만 XOR은 끝내 그렇지 못합니다.",
    "Gate": "논리 게이트",
    "w₀ (bias, x₀ = −1)": "w₀ (편향, x₀ = −1)",
    "w₁": "w₁",
    "w₂": "w₂",
    "η (learning rate)": "η (학습률)",
    "One sample": "샘플 하나",
    "One epoch": "한 에포크",
    "Run": "실행",
    "Epochs until one passes without a change (at most %1)": "바뀌는 것 없이 한 에포크가 지날 때까지 실행 (최대 %1 에포크)",
    "Load the seed 001 program": "seed 001 프로그램 불러오기",
    "AND, w = [0.3, 0.4, 0.1], η = 0.05, as in the course's Python program (3 epochs end at [0.4, 0.3, 0.1])":
        "수업의 파이썬 프로그램처럼 AND, w = [0.3, 0.4, 0.1], η = 0.05 (3 에포크 뒤 [0.4, 0.3, 0.1])",
    "x₁": "x₁",
    "x₂": "x₂",
    "k = w·x": "k = w·x",
    "y": "y",
    "t": "t",
    "t − y": "t − y",
    "w before": "이전 w",
    "w after": "이후 w",
    "t=%1 y=%2": "t=%1 y=%2",
    "w = %1": "w = %1",
    "Press “One sample” to show the first corner to the neuron.": "“샘플 하나”를 눌러 첫 꼭짓점을 뉴런에게 보여 주세요.",
    "Converged after %1 epoch(s): a whole epoch without a mistake, so the weights no longer change.":
        "%1 에포크 뒤 수렴: 한 에포크 내내 틀린 것이 없으므로 가중치가 더는 바뀌지 않습니다.",
    "Epoch %1 and still wrong. XOR never converges: no single straight line puts (0,1) and (1,0) on one side and (0,0) and (1,1) on the other. It takes a second layer — a multi-layer network draws two lines.":
        "에포크 %1인데 아직 틀립니다. XOR은 절대 수렴하지 않습니다: (0,1)과 (1,0)을 한쪽에, (0,0)과 "
        "(1,1)을 다른 쪽에 두는 직선은 하나도 없습니다. 층이 하나 더 있어야 합니다 — 다층 "
        "퍼셉트론은 직선을 두 개 긋습니다.",
    "Epoch %1, next corner: (%2).": "에포크 %1, 다음 꼭짓점: (%2).",

    # losses
    "<b>Loss against the prediction y.</b> Left: the answer is 1; right: it is 0. Both losses are 0 for a right answer, but a confidently wrong one (y near 0 when the answer is 1) costs cross-entropy −log y, which grows without limit, while the squared error stays small; the steeper slope is what drives learning. Below, the mean loss over N samples: the sum divided by N.":
        "<b>예측값 y에 따른 손실.</b> 왼쪽은 정답이 1, 오른쪽은 0일 때입니다. 맞힌 답이면 두 손실 "
        "모두 0이지만, 자신 있게 틀린 답(정답이 1인데 y가 0에 가까움)이면 교차 엔트로피는 −log y로 "
        "끝없이 커지고 제곱 오차는 작게 머뭅니다. 이 가파른 기울기가 학습을 이끕니다. 아래는 N개 "
        "샘플의 평균 손실(합을 N으로 나눈 값)입니다.",
    "Squared error": "제곱 오차",
    "½·(y − t)²  (the course's, sum of squares)": "½·(y − t)²  (수업의 오차제곱합)",
    "(y − t)²  (Keras mse)": "(y − t)²  (Keras mse)",
    "loss when the answer t = %1": "정답 t = %1일 때의 손실",
    "slope dL/dy when t = %1": "t = %1일 때의 기울기 dL/dy",
    "prediction y": "예측값 y",
    "A batch of N samples (edit the numbers)": "샘플 N개의 배치 (숫자를 고쳐 보세요)",
    "target t": "목표값 t",
    "squared error": "제곱 오차",
    "cross-entropy": "교차 엔트로피",
    "Add a sample": "샘플 더하기",
    "Remove the last": "마지막 샘플 빼기",
    "Predictions and targets are numbers from 0 to 1.": "예측값과 목표값은 0에서 1 사이의 숫자입니다.",
    "mean over N = %1: &nbsp; squared error <span style='color:%2'>%3</span> &nbsp; cross-entropy <span style='color:%4'>%5</span>":
        "N = %1개의 평균: &nbsp; 제곱 오차 <span style='color:%2'>%3</span> &nbsp; 교차 엔트로피 "
        "<span style='color:%4'>%5</span>",

    # -- export ---------------------------------------------------------------------------------
    "Record animation": "애니메이션 녹화",
    "GIF (plays everywhere)": "GIF (어디서나 재생)",
    "MP4 (small, smooth)": "MP4 (작고 부드러움)",
    " frames/s": " 프레임/초",
    " s": " 초",
    "Frames are taken as training shows new states: press Play (or step) while recording.":
        "학습이 새 상태를 보여 줄 때마다 프레임을 찍습니다. 녹화하는 동안 재생(또는 한 스텝)을 누르세요.",
    "%v of %m frames": "프레임 %v / %m",
    "View:": "화면:",
    "Format:": "형식:",
    "Frame rate:": "프레임 속도:",
    "Duration:": "길이:",
    "File:": "파일:",
    "Record": "녹화",
    "Recording %1 needs the Python package(s) %2. Install them with:\npip install \"nnviz[export]\"":
        "%1 녹화에는 파이썬 패키지 %2이(가) 필요합니다. 다음 명령으로 설치하세요:\n"
        "pip install \"nnviz[export]\"",
    "&Export": "내보내기(&E)",
    "&Picture…": "그림(&P)…",
    "&Animation…": "애니메이션(&A)…",
    "&Keras code or weights…": "Keras 코드 또는 가중치(&K)…",
    "Keras script (*.py)": "Keras 스크립트 (*.py)",
    "nnviz.engine script (*.py)": "nnviz.engine 스크립트 (*.py)",
    "Weights as JSON (*.json)": "가중치 JSON (*.json)",
    "Weights as NumPy NPZ (*.npz)": "가중치 NumPy NPZ (*.npz)",
    "Export Keras code or weights": "Keras 코드 또는 가중치 내보내기",
    "Export": "내보내기",
    "There is no model yet: wait for the first picture.": "아직 모델이 없습니다. 첫 화면이 나올 때까지 기다리세요.",
    "Exported %1": "%1(으)로 내보냈습니다",
    "Whole window": "창 전체",
    "Network graph": "신경망 그래프",
    "Output (decision boundary)": "출력 (결정 경계)",
    "Loss curves": "손실 곡선",
    "Instrument: %1": "실험 도구: %1",
    "The picture would be %1 × %2 pixels; the largest side allowed is %3.":
        "그림이 %1 × %2 픽셀이 됩니다. 한 변은 최대 %3까지만 됩니다.",
    "Could not write %1.": "%1에 쓸 수 없습니다.",
    "SVG export needs Qt's SVG module (PySide6.QtSvg), which this installation lacks; export a PNG instead.":
        "SVG로 내보내려면 Qt의 SVG 모듈(PySide6.QtSvg)이 필요한데 이 설치에는 없습니다. 대신 PNG로 "
        "내보내세요.",
    "Exported from nnviz": "nnviz에서 내보냄",
    "Export picture": "그림 내보내기",
    "PNG (pixels)": "PNG (픽셀)",
    "SVG (vector)": "SVG (벡터)",
    "1× (as on screen)": "1× (화면 그대로)",
    "2× (sharp on slides)": "2× (슬라이드용 선명한 그림)",
    "Chosen width": "너비 지정",
    " px": " 픽셀",
    "Size:": "크기:",
    "Width:": "너비:",
    "SVG is not available yet: Qt's SVG writer garbles the heat maps inside these views. Export a PNG at 2× (or a chosen width) for slides instead.":
        "SVG는 아직 쓸 수 없습니다: Qt의 SVG 저장 기능이 이 화면들의 색 지도(heat map)를 망가뜨립니다. "
        "슬라이드에는 2×(또는 지정한 너비)의 PNG로 내보내세요.",
    "%1 × %2 pixels": "%1 × %2 픽셀",
    "Browse…": "찾아보기…",
    "Export to": "내보낼 곳",
})

# -- registry names and one-line docs (engine, data) and the lab's advice --------------------------
KO.update({
    "Circle": "원",
    "One class inside a circle, the other in a ring around it.": "한 클래스는 원 안에, 다른 클래스는 그 둘레의 고리에 있습니다.",
    "Exclusive or": "배타적 논리합 (XOR)",
    "Four squares: one class where x₁ and x₂ have the same sign, the other where the signs differ.":
        "네 칸: x₁과 x₂의 부호가 같은 곳은 한 클래스, 부호가 다른 곳은 다른 클래스입니다.",
    "Gaussian": "가우시안",
    "Two round clouds of points, one per class.": "클래스마다 하나씩, 점들이 모인 둥근 구름 두 개.",
    "Spiral": "나선",
    "Two arms winding around each other, one per class.": "클래스마다 하나씩, 서로 감아 도는 두 팔.",
    "Two moons": "두 개의 초승달",
    "Two interlocking half-moons, one per class.": "클래스마다 하나씩, 서로 맞물린 반달 두 개.",
    "Blobs": "덩어리",
    "Several round clouds of points, one per class (for softmax).": "클래스마다 하나씩, 점들이 모인 둥근 구름 여러 개 (소프트맥스용).",
    "AND gate": "AND 게이트",
    "The four inputs of AND: the output is 1 only when both are 1.": "AND의 네 입력: 둘 다 1일 때만 출력이 1입니다.",
    "OR gate": "OR 게이트",
    "The four inputs of OR: the output is 1 when either one is 1.": "OR의 네 입력: 어느 하나라도 1이면 출력이 1입니다.",
    "NAND gate": "NAND 게이트",
    "The four inputs of NAND: 0 only when both inputs are 1.": "NAND의 네 입력: 두 입력이 모두 1일 때만 0입니다.",
    "XOR gate": "XOR 게이트",
    "The four inputs of XOR: 1 when exactly one input is 1 — no single straight line can separate it.":
        "XOR의 네 입력: 입력 중 정확히 하나만 1일 때 1입니다 — 직선 하나로는 나눌 수 없습니다.",
    "Plane": "평면",
    "The target rises steadily from one corner to the other: (x₁ + x₂) / 10.": "목표값이 한 모서리에서 반대 모서리로 고르게 올라갑니다: (x₁ + x₂) / 10.",
    "Multi Gaussian": "다중 가우시안",
    "Six bumps and dips in a checkerboard; the target is the strongest one at each point.":
        "바둑판처럼 놓인 여섯 개의 봉우리와 골짜기. 목표값은 각 점에서 가장 센 것입니다.",
    "Sine wave": "사인파",
    "The target waves up and down along x₁: sin(x₁); x₂ plays no part.": "목표값이 x₁을 따라 오르내립니다: sin(x₁). x₂는 관여하지 않습니다.",
    "X₁": "X₁",
    "The first coordinate of the point, as it is.": "점의 첫 번째 좌표를 그대로 씁니다.",
    "X₂": "X₂",
    "The second coordinate of the point, as it is.": "점의 두 번째 좌표를 그대로 씁니다.",
    "X₁²": "X₁²",
    "The first coordinate squared: large on both the far left and the far right.": "첫 번째 좌표의 제곱: 왼쪽 끝과 오른쪽 끝 모두에서 큽니다.",
    "X₂²": "X₂²",
    "The second coordinate squared: large at both the top and the bottom.": "두 번째 좌표의 제곱: 위쪽 끝과 아래쪽 끝 모두에서 큽니다.",
    "X₁X₂": "X₁X₂",
    "The two coordinates multiplied: positive where their signs agree, negative where not.": "두 좌표의 곱: 부호가 같으면 양수, 다르면 음수입니다.",
    "sin(X₁)": "sin(X₁)",
    "The sine of the first coordinate: waves up and down from left to right.": "첫 번째 좌표의 사인: 왼쪽에서 오른쪽으로 가며 오르내립니다.",
    "sin(X₂)": "sin(X₂)",
    "The sine of the second coordinate: waves up and down from bottom to top.": "두 번째 좌표의 사인: 아래에서 위로 가며 오르내립니다.",
    ("nnviz.registry", "Step"): "계단 함수",
    "1 if the weighted sum is above 0, else 0: Rosenblatt's perceptron. Its gradient is zero everywhere, so gradient descent cannot train it.":
        "가중합이 0보다 크면 1, 아니면 0: 로젠블랫의 퍼셉트론입니다. 기울기가 어디서나 0이라서 "
        "경사 하강법으로는 학습할 수 없습니다.",
    "Linear": "선형 (항등 함수)",
    "Passes the weighted sum through unchanged: for regression outputs.": "가중합을 그대로 내보냅니다: 회귀의 출력용.",
    "Sigmoid": "시그모이드",
    "Squashes any number into 0..1: a probability. Flat ends make gradients vanish in deep nets.":
        "어떤 수든 0..1로 눌러 담습니다: 확률. 양 끝이 평평해서 깊은 신경망에서는 기울기 소실이 생깁니다.",
    "Tanh": "tanh",
    "Squashes into -1..1 and is centred on 0; a good default for small networks.": "-1..1로 눌러 담고 0을 중심으로 합니다. 작은 신경망에 알맞은 기본값입니다.",
    "ReLU": "ReLU(렐루)",
    "max(0, x): fast and keeps gradients alive for positive inputs; negative inputs give 0.":
        "max(0, x): 빠르고, 양수 입력에서는 기울기가 살아 있습니다. 음수 입력은 0이 됩니다.",
    "Leaky ReLU": "Leaky ReLU",
    "Like ReLU but lets a little (slope 0.2) through for negative inputs, so neurons never die completely.":
        "ReLU와 같지만 음수 입력도 조금(기울기 0.2) 통과시켜서 뉴런이 완전히 죽지 않습니다.",
    "ELU": "ELU",
    "Like ReLU for positive inputs and a smooth curve down to -1 for negative ones.": "양수 입력에서는 ReLU와 같고, 음수 입력에서는 -1까지 매끄럽게 내려가는 곡선입니다.",
    "Softplus": "소프트플러스",
    "log(1 + e^x): a smooth version of ReLU.": "log(1 + e^x): ReLU를 매끄럽게 만든 것입니다.",
    "Swish": "Swish",
    "x times sigmoid(x): smooth, slightly non-monotonic; works well in deep networks.": "x 곱하기 sigmoid(x): 매끄럽고 약간 비단조적이며, 깊은 신경망에서 잘 작동합니다.",
    "GELU": "GELU",
    "x times the chance a standard normal is below x: a smooth ReLU used by transformers.":
        "x 곱하기 표준 정규분포 값이 x보다 작을 확률: 트랜스포머가 쓰는 매끄러운 ReLU입니다.",
    "Softmax": "소프트맥스",
    "Turns the output layer's numbers into probabilities that add up to 1: one per class.": "출력층의 숫자들을 합이 1인 확률로 바꿉니다: 클래스마다 하나씩.",
    "Zeros": "모두 0",
    "Every weight starts at 0: all neurons stay identical and the network cannot learn. Try it to see why.":
        "모든 가중치가 0에서 시작합니다: 뉴런이 모두 똑같이 남아 신경망이 배우지 못합니다. 왜 그런지 직접 해 보세요.",
    "Ones": "모두 1",
    "Every weight starts at 1: neurons stay identical (symmetry).": "모든 가중치가 1에서 시작합니다: 뉴런들이 똑같이 남습니다 (대칭).",
    "Every weight starts at the same chosen value.": "모든 가중치가 정한 같은 값에서 시작합니다.",
    "Random normal": "무작위 정규분포",
    "Small random values from a bell curve (std 0.05).": "종 모양 분포에서 뽑은 작은 무작위 값 (표준편차 0.05).",
    "Random uniform": "무작위 균등분포",
    "Small random values between -0.05 and 0.05.": "-0.05와 0.05 사이의 작은 무작위 값.",
    "Glorot (Xavier) uniform": "Xavier(글로럿) 균등 초기화",
    "Random values scaled to the layer's size so signals keep their strength: Keras's default, good with tanh/sigmoid.":
        "층의 크기에 맞춰 크기를 조절한 무작위 값이라 신호의 세기가 유지됩니다: Keras의 기본값이며 tanh/시그모이드와 잘 맞습니다.",
    "Glorot (Xavier) normal": "Xavier(글로럿) 정규 초기화",
    "Glorot scaling from a truncated bell curve.": "잘린 종 모양 분포에서 뽑아 글로럿 방식으로 크기를 조절합니다.",
    "He normal": "He 정규 초기화",
    "Scaled for ReLU layers (twice Glorot's variance), from a truncated bell curve.": "ReLU 층에 맞춘 크기(글로럿의 두 배 분산)로, 잘린 종 모양 분포에서 뽑습니다.",
    "He uniform": "He 균등 초기화",
    "Scaled for ReLU layers, uniform.": "ReLU 층에 맞춘 크기의 균등분포입니다.",
    "LeCun normal": "LeCun 정규 초기화",
    "Variance 1/fan-in: for SELU-style self-normalising networks.": "분산 1/입력 수: SELU 방식의 자기 정규화 신경망용.",
    "Mean squared error": "평균 제곱 오차 (MSE)",
    "Average of (target - prediction)^2: the usual loss for regression.": "(목표값 - 예측값)^2의 평균: 회귀에 흔히 쓰는 손실 함수입니다.",
    "Mean absolute error": "평균 절대 오차 (MAE)",
    "Average of |target - prediction|: like MSE but less swayed by outliers.": "|목표값 - 예측값|의 평균: MSE와 비슷하지만 이상값에 덜 흔들립니다.",
    "Sum of squared errors": "오차제곱합 (SSE)",
    "The course's squared error: half the sum of (target - prediction)^2 over the outputs.": "수업의 제곱 오차: 출력들에 대한 (목표값 - 예측값)^2 합의 절반입니다.",
    "Binary cross-entropy": "이진 교차 엔트로피",
    "How surprised the network is by the true class when it outputs one probability: the loss for yes/no classification.":
        "확률 하나를 출력할 때 신경망이 실제 클래스에 얼마나 놀라는지를 잽니다: 이진 분류의 손실 함수입니다.",
    "Categorical cross-entropy": "범주형 교차 엔트로피",
    "Cross-entropy over several classes with one-hot targets: the loss for softmax outputs.": "원-핫 목표값을 쓰는 여러 클래스의 교차 엔트로피: 소프트맥스 출력의 손실 함수입니다.",
    "Sparse categorical cross-entropy": "희소 범주형 교차 엔트로피",
    "Categorical cross-entropy with class numbers (0, 1, 2, ...) as targets instead of one-hot.": "원-핫 대신 클래스 번호(0, 1, 2, ...)를 목표값으로 쓰는 범주형 교차 엔트로피입니다.",
    "Binary accuracy": "이진 정확도",
    "Share of samples whose output is on the right side of 0.5.": "출력이 0.5를 기준으로 올바른 쪽에 있는 샘플의 비율.",
    "Categorical accuracy": "범주형 정확도",
    "Share of samples whose most probable class is the true one.": "가장 확률이 높은 클래스가 실제 클래스인 샘플의 비율.",
    "Sparse categorical accuracy": "희소 범주형 정확도",
    "Categorical accuracy with class-number targets.": "클래스 번호를 목표값으로 쓰는 범주형 정확도.",
    "MSE": "MSE",
    "Average squared distance between target and output.": "목표값과 출력 사이 거리의 제곱 평균.",
    "MAE": "MAE",
    "Average distance between target and output.": "목표값과 출력 사이 거리의 평균.",
    "SGD": "SGD",
    "Plain gradient descent: step downhill by learning rate x gradient. Momentum keeps rolling in the direction it was going; Nesterov looks ahead first.":
        "기본 (확률적) 경사 하강법: 학습률 × 기울기만큼 내리막으로 걸어갑니다. 모멘텀은 가던 방향으로 "
        "계속 구르고, 네스테로프는 먼저 앞을 내다봅니다.",
    "Adagrad": "Adagrad",
    "Gives each weight its own step size that shrinks as that weight's gradients add up: big steps for rarely-changed weights.":
        "가중치마다 자기 스텝 크기를 주고, 그 가중치의 기울기가 쌓일수록 줄입니다: 드물게 바뀌는 가중치는 크게 움직입니다.",
    "RMSprop": "RMSprop",
    "Like Adagrad but forgets old gradients (rho), so the step size adapts without shrinking to zero.":
        "Adagrad와 같지만 오래된 기울기를 잊어서(rho) 스텝 크기가 0으로 줄지 않고 적응합니다.",
    "Adam": "Adam",
    "Momentum plus RMSprop's adaptive step size: the usual first choice.": "모멘텀에 RMSprop의 적응형 스텝 크기를 더한 것: 흔히 가장 먼저 고르는 옵티마이저입니다.",
    "The output uses the {name} function, whose gradient is zero everywhere: gradient descent gets no signal, so no weight can learn and the loss stays flat. The perceptron learning rule can train a step neuron; for gradient descent, set the output back to Auto.":
        "출력층이 {name} 함수를 쓰는데, 이 함수의 기울기는 어디서나 0입니다: 경사 하강법이 아무 신호도 "
        "받지 못하므로 어떤 가중치도 배우지 못하고 손실은 평평하게 머뭅니다. 계단 함수 뉴런은 퍼셉트론 "
        "학습 규칙으로 학습할 수 있습니다. 경사 하강법을 쓰려면 출력을 다시 자동으로 두세요.",
    "Hidden layer {layers} uses the {name} function, whose gradient is zero everywhere: gradient descent cannot learn the weights into it or before it, only those after it. The perceptron learning rule can train step neurons; for gradient descent, pick tanh or ReLU.":
        "은닉층 {layers}이(가) {name} 함수를 쓰는데, 이 함수의 기울기는 어디서나 0입니다: 경사 하강법은 "
        "이 층으로 들어오는 가중치와 그 앞의 가중치는 배우지 못하고, 뒤의 가중치만 배웁니다. 계단 함수 "
        "뉴런은 퍼셉트론 학습 규칙으로 학습할 수 있습니다. 경사 하강법에는 tanh나 ReLU를 고르세요.",
    "Hidden layers {layers} use the {name} function, whose gradient is zero everywhere: gradient descent cannot learn the weights into them or before them, only those after them. The perceptron learning rule can train step neurons; for gradient descent, pick tanh or ReLU.":
        "은닉층 {layers}이(가) {name} 함수를 쓰는데, 이 함수의 기울기는 어디서나 0입니다: 경사 하강법은 "
        "이 층들로 들어오는 가중치와 그 앞의 가중치는 배우지 못하고, 뒤의 가중치만 배웁니다. 계단 함수 "
        "뉴런은 퍼셉트론 학습 규칙으로 학습할 수 있습니다. 경사 하강법에는 tanh나 ReLU를 고르세요.",
})

# -- your own data: drawing and CSV import -----------------------------------------------------
KO.update({
    "Import CSV": "CSV 가져오기",
    "File: {0}": "파일: {0}",
    "&Classes (2 to 6)": "클래스(&C) (2~6개)",
    "&Values to predict (regression)": "예측할 값(&V) (회귀)",
    "&Standardize: mean 0, spread 2 on each axis (the points fill the plane)":
        "표준화(&S): 축마다 평균 0, 퍼짐 2 (점들이 평면을 채웁니다)",
    "&Keep the values (the view fits itself to them)": "값 그대로 두기(&K) (보기가 값에 맞춰집니다)",
    "&Import": "가져오기(&I)",
    "x&₁ (across):": "x&₁ (가로):",
    "x&₂ (up):": "x&₂ (세로):",
    "&Label:": "레이블(&L):",
    "The label is:": "레이블의 종류:",
    "On the plane:": "평면에 놓는 방법:",
    "choose two different columns for x₁ and x₂": "x₁과 x₂에는 서로 다른 열을 고르세요",
    "the file has {0} rows; your own data holds at most {1} points":
        "파일에 {0}개 행이 있습니다. 내 데이터에는 점을 최대 {1}개까지 담을 수 있습니다",
    "{0} points, each with a value to predict.": "점 {0}개, 각각 예측할 값이 있습니다.",
    "{0} points in {1} classes: {2}": "점 {0}개, 클래스 {1}개: {2}",
    "Cannot import this file: {0}": "이 파일을 가져올 수 없습니다: {0}",
    "%1 points of your own. Draw on the output view (D: left drag adds, right drag erases), or File → Import CSV…":
        "직접 만든 점 %1개. 출력 보기에 그리거나(D: 왼쪽 드래그로 추가, 오른쪽 드래그로 지우기) "
        "파일 → CSV 가져오기…를 쓰세요.",
    "My data": "내 데이터",
    "Your own points: draw them on the output view (D) or import a CSV file (File → Import CSV…).":
        "직접 만든 점: 출력 보기에 그리거나(D) CSV 파일을 가져오세요 (파일 → CSV 가져오기…).",
    "✎ Draw": "✎ 그리기",
    "Draw your own points on the output (D): left click or drag adds points of the chosen class or value, right drag erases. They become the dataset “My data”.":
        "출력 위에 직접 점을 그립니다 (D): 왼쪽 클릭이나 드래그로 고른 클래스나 값의 점을 추가하고, "
        "오른쪽 드래그로 지웁니다. 그린 점은 ‘내 데이터’ 데이터셋이 됩니다.",
    "Draw points of class {0}": "클래스 {0}의 점 그리기",
    ("DrawTools", "Value"): "값",
    "Draw points with a target value (regression)": "목표값이 있는 점 그리기 (회귀)",
    "The target value of the points you draw": "그리는 점의 목표값",
    ("DrawTools", "Clear"): "모두 지우기",
    "Remove all of your points (Ctrl+Z brings them back)": "내 점을 모두 지웁니다 (Ctrl+Z로 되살릴 수 있습니다)",
    "These points have values, not classes: choose Value, or Clear first.":
        "이 점들에는 클래스가 아니라 값이 있습니다: ‘값’을 고르거나 먼저 모두 지우세요.",
    "These points have classes, not values: choose a class, or Clear first.":
        "이 점들에는 값이 아니라 클래스가 있습니다: 클래스를 고르거나 먼저 모두 지우세요.",
    "This dataset has {0} points; drawing starts from them and My data holds at most {1}. Lower the number of points first, or Clear.":
        "이 데이터셋에는 점이 {0}개 있습니다. 그리기는 이 점들에서 시작하는데, 내 데이터에는 최대 "
        "{1}개까지 담을 수 있습니다. 먼저 점의 개수를 줄이거나 모두 지우세요.",
    "My data holds at most {0} points; erase some first.":
        "내 데이터에는 점을 최대 {0}개까지 담을 수 있습니다. 먼저 몇 개를 지우세요.",
    "This dataset has {0} points; My data holds at most {1}. Lower the number of points first, or Clear.":
        "이 데이터셋에는 점이 {0}개 있는데, 내 데이터에는 최대 {1}개까지 담을 수 있습니다. 먼저 점의 "
        "개수를 줄이거나 모두 지우세요.",
    "&Import CSV…": "CSV 가져오기(&I)…",
    "Your own points from a CSV file.": "CSV 파일에서 내 점을 가져옵니다.",
    "&Draw points": "점 그리기(&D)",
    "Draw your own points on the output.": "출력 위에 직접 점을 그립니다.",
    "CSV files (*.csv *.txt);;All files (*)": "CSV 파일 (*.csv *.txt);;모든 파일 (*)",
})

# -- projects: File menu, autosave, recent files ------------------------------------------------
KO.update({
    "Restore unsaved experiment?": "저장하지 않은 실험을 되살릴까요?",
    "nnviz closed last time with changes that were not saved (it stopped, or was closed with Ctrl+C). Restore the experiment it saved automatically?":
        "지난번 nnviz는 저장하지 않은 변경 사항이 있는 채로 닫혔습니다(멈췄거나 Ctrl+C로 "
        "닫혔습니다). 자동으로 저장해 둔 실험을 되살릴까요?",
    "Autosave failed: %1": "자동 저장 실패: %1",
    "Cannot restore": "되살릴 수 없음",
    "The automatic save cannot be read: %1": "자동 저장 파일을 읽을 수 없습니다: %1",
    "The unsaved experiment is back. Save it with Ctrl+S.":
        "저장하지 않았던 실험을 되살렸습니다. Ctrl+S로 저장하세요.",
    "nnviz projects (*.nnviz)": "nnviz 프로젝트 (*.nnviz)",
    "Open project": "프로젝트 열기",
    "Save project": "프로젝트 저장",
    "Unsaved changes": "저장하지 않은 변경 사항",
    "“%1” has changes that are not saved. Save them first?":
        "“%1”에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?",
    "“%1” cannot be opened.": "“%1”을(를) 열 수 없습니다.",
    "Problem: %1": "문제: %1",
    "Field: %1": "항목: %1",
    "The open project is unchanged.": "지금 열려 있는 프로젝트는 그대로입니다.",
    ("Project", "&New"): "새로 만들기(&N)",
    "Start again from the default experiment.": "기본 실험에서 다시 시작합니다.",
    ("Project", "&Open…"): "열기(&O)…",
    "Open a saved project (.nnviz).": "저장한 프로젝트(.nnviz)를 엽니다.",
    ("Project", "&Save"): "저장(&S)",
    "Save the experiment, its weights and training.": "실험과 가중치, 학습 상태를 저장합니다.",
    ("Project", "Save &As…"): "다른 이름으로 저장(&A)…",
    "Untitled": "제목 없음",
    "%1[*] — nnviz": "%1[*] — nnviz",
    "New project: the default experiment.": "새 프로젝트: 기본 실험입니다.",
    "Cannot open project": "프로젝트를 열 수 없음",
    "Opened %1": "%1을(를) 열었습니다",
    "“%1” no longer exists; it was removed from Open Recent.":
        "“%1”이(가) 더 이상 없어서 최근 파일 목록에서 뺐습니다.",
    "%1 project(s) no longer exist and were removed from Open Recent.":
        "프로젝트 %1개가 더 이상 없어서 최근 파일 목록에서 뺐습니다.",
    "the training thread did not answer": "학습 스레드가 응답하지 않았습니다",
    "Saved %1": "%1에 저장했습니다",
    "Cannot save project": "프로젝트를 저장할 수 없음",
    "“%1” was not saved: %2.": "“%1”을(를) 저장하지 못했습니다: %2.",
    "Open &Recent": "최근 파일 열기(&R)",
    "(no projects yet)": "(아직 프로젝트가 없습니다)",
    "&Clear list": "목록 지우기(&C)",
})

# -- grid search ---------------------------------------------------------------------------------
KO.update({
    "Neurons per layer": "층마다 뉴런 수",
    "Hidden layers": "은닉층 수",
    "Batch size": "배치 크기",
    "Regularization rate": "규제 강도",
    ("GridSearch", "Dropout"): "드롭아웃",
    ("GridSearch", "Activation"): "활성화 함수",
    ("GridSearch", "Initializer"): "가중치 초기화",
    "Test accuracy": "테스트 정확도",
    "Training loss": "훈련 손실",
    "Training accuracy": "훈련 정확도",
    "Test R²": "테스트 R²",
    "Training R²": "훈련 R²",
    "&Grid search…": "그리드 서치(&G)…",
    "Train every combination of one or two settings' values on every core and compare them in a heatmap.":
        "설정 한두 개의 값을 모든 조합으로 모든 코어에서 학습하고 색 지도(heat map)로 비교합니다.",
    "Grid search": "그리드 서치",
    "Parameter 1:": "하이퍼파라미터 1:",
    "Parameter 2:": "하이퍼파라미터 2:",
    "Runs per cell, each from other random starting weights.":
        "칸마다 학습할 횟수입니다. 실행마다 다른 무작위 초기 가중치에서 시작합니다.",
    "Epochs each run trains.": "실행마다 학습할 에포크 수입니다.",
    "Repeats:": "반복:",
    "Epochs:": "에포크:",
    "&Run": "실행(&R)",
    "&Cancel search": "서치 취소(&C)",
    "&Export CSV…": "CSV 내보내기(&E)…",
    "Click a cell to load its settings into the playground.":
        "칸을 누르면 그 칸의 설정을 놀이터로 불러옵니다.",
    "Show:": "표시:",
    ("GridSearchDialog", "(none)"): "(없음)",
    "Values separated by commas, e.g. 0.001, 0.01, 0.1": "쉼표로 구분한 값, 예: 0.001, 0.01, 0.1",
    "★ Best: {0} — {1} {2}{3}": "★ 가장 좋은 칸: {0} — {1} {2}{3}",
    "Each cell trains from the playground's settings with its values, on every core ({0} worker processes).":
        "각 칸은 놀이터의 설정에 그 칸의 값을 넣어 학습합니다. 모든 코어를 씁니다 (작업 프로세스 {0}개).",
    "estimating the time left…": "남은 시간을 계산하는 중…",
    "about {0} s left": "약 {0}초 남음",
    "{0} of {1} runs on {2} processes — {3}": "{1}번 중 {0}번 학습 끝 (프로세스 {2}개) — {3}",
    "Cancelled after {0} of {1} runs; the finished cells are kept.":
        "{1}번 중 {0}번 학습한 뒤 취소했습니다. 끝난 칸은 남겨 둡니다.",
    "Done: {0} runs in {1} s.": "완료: {0}번 학습, {1}초.",
    "Export grid search as CSV": "그리드 서치를 CSV로 내보내기",
    "CSV files (*.csv)": "CSV 파일 (*.csv)",
    "Export CSV": "CSV 내보내기",
    "Could not write {0}: {1}": "{0}에 쓸 수 없습니다: {1}",
    ("GridHeatmap", "diverged"): "발산함",
    "Choose parameters and values, then press Run.": "하이퍼파라미터와 값을 고른 뒤 실행을 누르세요.",
    "mean {0}{1} over {2} runs": "{2}번 학습의 평균 {0}{1}",
    "{0} runs diverged": "{0}번 발산함",
    "Click to load these settings into the playground.": "누르면 이 설정을 놀이터로 불러옵니다.",
})

# -- classroom mode and lessons ------------------------------------------------------------------
KO.update({
    "&Presentation mode": "발표 모드(&P)",
    "Full screen, large text and lines, big buttons, a slow speed to narrate.":
        "전체 화면, 큰 글자와 굵은 선, 큰 버튼, 설명하며 보기 좋은 느린 속도.",
    "Zoom &in": "확대(&I)",
    "Larger text and lines.": "글자와 선을 크게 합니다.",
    "Zoom &out": "축소(&O)",
    "Smaller text and lines.": "글자와 선을 작게 합니다.",
    "&Actual size": "원래 크기(&A)",
    "Text and lines at their normal size.": "글자와 선을 원래 크기로 되돌립니다.",
    "&High-contrast theme": "고대비 테마(&H)",
    "Black text and dark frames, readable on a pale projector.":
        "검은 글자와 진한 테두리: 흐린 프로젝터에서도 잘 읽힙니다.",
    "&Customize controls…": "조작 요소 고르기(&C)…",
    "Hide groups of controls the class does not need yet.":
        "수업에서 아직 필요 없는 조작 요소 묶음을 숨깁니다.",
    "Classroom": "수업",
    "Customize controls": "조작 요소 고르기",
    "Click an eye to hide or show a group of controls. What you hide is saved with the project.":
        "눈 모양을 눌러 조작 요소 묶음을 숨기거나 보이세요. 숨긴 것은 프로젝트와 함께 저장됩니다.",
    "Show &all controls": "모든 조작 요소 보이기(&A)",
    "Shown: click to hide": "보이는 중: 누르면 숨깁니다",
    "Hidden: click to show": "숨긴 상태: 누르면 보입니다",
    "&Lessons": "수업(&L)",
    "(no lessons found)": "(수업 파일이 없습니다)",
    ("LessonBrowser", "Lesson"): "수업",
    "Some lesson files were skipped: %1": "일부 수업 파일을 건너뛰었습니다: %1",
    "Try this": "해 보기",
    "&Previous": "이전(&P)",
    "&Next": "다음(&N)",
    "Start &again": "처음부터 다시(&A)",
    "The lesson before this one.": "앞 수업으로 갑니다.",
    "The next lesson.": "다음 수업으로 갑니다.",
    "Open this lesson again from its start: its settings, weights and tasks.":
        "이 수업을 처음 상태(설정, 가중치, 과제)로 다시 엽니다.",
    "Lesson %1 of %2": "수업 %1 / %2",
    "Done!": "해냈습니다!",
    "Not yet: it ticks by itself when it is done.": "아직입니다: 해내면 저절로 체크됩니다.",
})

# -- live instruments: forward pass, backprop, gradient flow ------------------------------------
KO.update({
    # Instrument titles as the lessons name them (수업 텍스트의 "… 도구").
    ("Instruments", "Forward pass"): "순전파 도구",
    ("Instruments", "Backprop"): "역전파 도구",
    ("Instruments", "Gradient flow"): "기울기 도구",
    ("Instruments", "Perceptron lab"): "퍼셉트론 실험실",
    ("Instruments", "Gradient descent"): "경사 하강법 도구",
    ("Instruments", "Optimizer race"): "옵티마이저 경주",
    ("Instruments", "Activations"): "활성화 함수 도구",
    ("Instruments", "Losses"): "손실 함수 도구",
    "One point through the live network: every neuron's z = Σ w·x + b and a = f(z), layer by layer.":
        "점 하나가 지금 학습 중인 신경망을 지나갑니다: 층마다 모든 뉴런의 z = Σ w·x + b와 a = f(z).",
    "dE/dz on every neuron and dE/dw on every link of the live network, with the chain rule written out.":
        "지금 학습 중인 신경망의 모든 뉴런의 dE/dz와 모든 연결의 dE/dw를, 연쇄 법칙(chain rule)을 "
        "풀어 쓴 식과 함께 보여 줍니다.",
    "Each layer's gradient size over time and its activations: see gradients vanish or explode.":
        "층마다 기울기 크기의 변화와 활성화 값: 기울기가 소실되거나 폭주하는 모습을 봅니다.",
    "<b>Forward pass (순전파):</b> every neuron adds up its inputs times their weights plus its bias, z = Σ w·x + b, and sends on a = f(z). Click a point on the output view or type x₁, x₂; <i>Next layer</i> walks through the network one layer at a time, as the computer does.":
        "<b>순전파 (forward pass):</b> 모든 뉴런은 입력에 가중치를 곱해 더하고 편향을 더한 가중합 "
        "z = Σ w·x + b를 구한 뒤, a = f(z)를 다음 층으로 보냅니다. 출력 보기에서 점을 클릭하거나 x₁, "
        "x₂를 입력하세요. <i>다음 층</i>을 누르면 컴퓨터가 계산하는 순서대로 한 층씩 따라갑니다.",
    "Next layer": "다음 층",
    "All layers": "모든 층",
    "Layer": "층",
    "Neuron": "뉴런",
    "Weighted sum z = Σ w·x + b": "가중합 z = Σ w·x + b",
    "Activation": "활성화 함수",
    "Output a = f(z)": "출력 a = f(z)",
    "Waiting for the network…": "신경망을 기다리는 중…",
    "Layer %1 of %2: %3": "층 %1 / %2: %3",
    "Output for (%1, %2): a = %3": "(%1, %2)의 출력: a = %3",
    "<b>Backpropagation:</b> the error E flows back from the output. Each neuron gets dE/da from the layer after it, multiplies by its slope da/dz to get dE/dz, and each incoming link gets dE/dw = dE/dz · x (its input). Choose a link to see the product with the actual numbers and the step the optimizer takes. On the graph: dE/dz beside each neuron, and dE/dw as the links' width (blue positive, orange negative). Dropout is off and batch norm uses its running statistics here.":
        "<b>역전파 (backpropagation):</b> 오차 E가 출력에서 거꾸로 흘러갑니다. 각 뉴런은 다음 층에서 "
        "dE/da를 받아 자신의 기울기 da/dz를 곱해 dE/dz를 얻고, 들어오는 각 연결은 dE/dw = dE/dz · x"
        "(그 연결의 입력)를 얻습니다. 연결을 고르면 실제 숫자로 쓴 곱셈과 옵티마이저가 내딛을 한 걸음을 "
        "볼 수 있습니다. 그래프에는 뉴런마다 dE/dz가, 연결의 굵기로 dE/dw가 표시됩니다 (파랑은 양수, "
        "주황은 음수). 여기서는 드롭아웃을 끄고, 배치 정규화는 이동 평균 통계를 씁니다.",
    "One point": "점 하나",
    "All training points": "모든 훈련 데이터",
    "The answer the network should give: the class (0, 1, …) or the value. A click takes the label of the nearest training point.":
        "신경망이 내야 할 정답: 클래스(0, 1, …)나 값입니다. 클릭하면 가장 가까운 훈련 데이터의 "
        "레이블을 가져옵니다.",
    "Check against central differences": "중앙 차분으로 검산",
    "Recompute every gradient as (E(w + ε) − E(w − ε)) / 2ε and compare":
        "모든 기울기를 (E(w + ε) − E(w − ε)) / 2ε로 다시 계산해 비교합니다",
    "Neurons": "뉴런",
    "Links (choose one)": "연결 (하나를 고르세요)",
    "From": "출발",
    "To": "도착",
    "Next step": "다음 한 걸음",
    "Cannot check: %1": "검산할 수 없습니다: %1",
    "Worst relative error %1: backprop agrees with central differences.":
        "가장 큰 상대 오차 %1: 역전파가 중앙 차분과 일치합니다.",
    "Worst relative error %1: backprop and central differences disagree.":
        "가장 큰 상대 오차 %1: 역전파와 중앙 차분이 서로 다릅니다.",
    ("BackpropView", "bias"): "편향",
    "E = %1 on %2 point(s)": "점 %2개에 대한 E = %1",
    "Choose a link in the table to see its chain rule.": "표에서 연결을 고르면 그 연쇄 법칙을 보여 줍니다.",
    "(one step of %1 from a fresh start: the running averages of the training run are not in the snapshot)":
        "(%1의 처음 상태에서의 한 걸음: 학습 중에 쌓인 이동 평균은 스냅숏에 없습니다)",
    ("GradientFlowView", "step"): "스텝",
    "gradient size ‖dE/dW‖": "기울기 크기 ‖dE/dW‖",
    "<b>Gradient flow (기울기 소실):</b> each layer's gradient size, on a log scale. Backprop multiplies by every layer's slope on the way back and sigmoid's slope is at most 0.25, so a deep sigmoid network gives its first layers gradients orders of magnitude smaller than the last: they hardly learn (vanishing gradient). With ReLU and He initialization, or with batch norm, the layers stay within a factor of a few; gradients that grow layer after layer explode. The histograms: each layer's activations a; sigmoid values piled at 0 or 1 are saturated (slope ≈ 0).":
        "<b>기울기 흐름 (기울기 소실):</b> 층마다 기울기 크기를 로그 눈금으로 보여 줍니다. 역전파는 "
        "거꾸로 가며 층마다 기울기를 곱하는데 시그모이드의 기울기는 최대 0.25라서, 깊은 시그모이드 "
        "신경망에서는 앞쪽 층의 기울기가 마지막 층보다 몇 자릿수나 작아져 거의 배우지 못합니다 (기울기 "
        "소실, vanishing gradient). ReLU와 He 초기화, 또는 배치 정규화를 쓰면 층 사이 차이가 몇 배 안에 "
        "머뭅니다. 층을 지날수록 커지는 기울기는 폭주합니다 (exploding). 히스토그램은 층마다 활성화 값 a"
        "입니다. 0이나 1에 몰린 시그모이드 값은 포화된 것입니다 (기울기 ≈ 0).",
    "Activations a per layer (training points)": "층별 활성화 값 a (훈련 데이터)",
    "Clear history": "기록 지우기",
    "Train the network to see its gradients.": "기울기를 보려면 신경망을 학습시키세요.",
    "First layer's gradient / last layer's: %1": "첫 층의 기울기 / 마지막 층의 기울기: %1",
    "vanishing: the first layers barely learn": "소실: 앞쪽 층이 거의 배우지 못합니다",
    "exploding: the first layers take huge steps": "폭주: 앞쪽 층이 엄청나게 큰 걸음을 내딛습니다",
    "healthy: every layer learns": "건강함: 모든 층이 배웁니다",
    "%1 saturated": "%1 포화",
    ("LiveInstruments", "input"): "입력",
    "hidden %1": "은닉 %1",
})

KO.update({
    "There are no training points to send an error back from: draw some points or choose a dataset.":
        "오차를 거꾸로 보낼 훈련 데이터가 없습니다: 점을 그리거나 데이터셋을 고르세요.",
})

# -- stop rules, confusion matrix, R², earlier runs ---------------------------------------------
KO.update({
    ("ConfusionView", "Train"): "훈련",
    ("ConfusionView", "Test"): "테스트",
    "rows: true class · columns: predicted": "행: 실제 클래스 · 열: 예측한 클래스",
    "Confusion matrix: each row is the points of one true class (its colour on the left), each column what the network answered (colour on top). The diagonal holds the right answers; a large number off it shows which classes get mixed up.":
        "혼동 행렬 (confusion matrix): 각 행은 실제 클래스 하나의 점들(왼쪽 색)이고, 각 열은 신경망이 "
        "답한 클래스(위쪽 색)입니다. 대각선에 맞힌 개수가 있고, 대각선 밖의 큰 숫자는 어떤 클래스끼리 "
        "헷갈리는지 보여 줍니다.",
    "%1 of %2 right": "%2개 중 %1개 맞힘",
    "R² on the test points: 1 − (squared error) / (squared spread of the targets). 1 is a perfect fit, 0 no better than always guessing the mean.":
        "테스트 데이터의 결정 계수 R²: 1 − (오차 제곱) / (목표값 퍼짐의 제곱). 1이면 완벽하게 맞고, "
        "0이면 늘 평균을 답하는 것보다 나을 게 없습니다.",
    ("GhostRuns", "data"): "데이터",
    ("GhostRuns", "points"): "점 개수",
    ("GhostRuns", "noise"): "노이즈",
    ("GhostRuns", "training share"): "훈련 데이터 비율",
    ("GhostRuns", "data seed"): "데이터 시드",
    ("GhostRuns", "features"): "입력 특성",
    ("GhostRuns", "classes"): "클래스 수",
    ("GhostRuns", "gate corners"): "논리 게이트 꼭짓점",
    ("GhostRuns", "hidden layers"): "은닉층",
    ("GhostRuns", "output activation"): "출력 활성화 함수",
    ("GhostRuns", "initializer"): "가중치 초기화",
    ("GhostRuns", "regularization"): "규제",
    ("GhostRuns", "regularization rate"): "규제 강도",
    ("GhostRuns", "activation"): "활성화 함수",
    ("GhostRuns", "dropout"): "드롭아웃",
    ("GhostRuns", "batch norm"): "배치 정규화",
    ("GhostRuns", "problem"): "문제 유형",
    ("GhostRuns", "optimizer"): "옵티마이저",
    ("GhostRuns", "learning rate"): "학습률",
    ("GhostRuns", "momentum"): "모멘텀",
    ("GhostRuns", "beta 1"): "베타 1",
    ("GhostRuns", "beta 2"): "베타 2",
    ("GhostRuns", "rho"): "로(rho)",
    ("GhostRuns", "epsilon"): "엡실론",
    ("GhostRuns", "schedule"): "학습률 스케줄",
    ("GhostRuns", "decay epochs"): "감쇠 에포크",
    ("GhostRuns", "decay rate"): "감쇠율",
    ("GhostRuns", "boundaries"): "경계 에포크",
    ("GhostRuns", "cosine alpha"): "코사인 알파",
    ("GhostRuns", "batch size"): "배치 크기",
    ("GhostRuns", "weight seed"): "가중치 시드",
    ("PlaygroundLayout", "Confusion matrix"): "혼동 행렬",
    "S&top:": "멈춤(&T):",
    ("StopRuleControl", "never"): "안 함",
    ("StopRuleControl", "after"): "에포크 뒤",
    ("StopRuleControl", "test loss below"): "테스트 손실이 다음보다 작을 때",
    ("StopRuleControl", "no progress for"): "나아지지 않는 에포크",
    "When training pauses by itself: after a number of epochs, when the test loss falls below a target, or early stopping — when the test loss has not improved for a number of epochs (Keras' EarlyStopping). Play goes on from there.":
        "학습이 스스로 멈추는 때: 정한 에포크 수가 지난 뒤, 테스트 손실이 목표보다 작아질 때, 또는 "
        "조기 종료(early stopping) — 테스트 손실이 정한 에포크 동안 나아지지 않을 때 (Keras의 "
        "EarlyStopping). 재생을 누르면 거기서 이어집니다.",
    "Pause at the end of the first epoch whose test loss is below this value.":
        "테스트 손실이 이 값보다 작아진 첫 에포크가 끝나면 멈춥니다.",
    "best weights back": "가장 좋은 가중치로",
    "When early stopping pauses, put back the weights of the epoch with the lowest test loss (restore_best_weights=True).":
        "조기 종료로 멈출 때, 테스트 손실이 가장 낮았던 에포크의 가중치로 되돌립니다 "
        "(restore_best_weights=True).",
    "Patience: pause when the test loss has not improved for this many epochs.":
        "인내(patience): 테스트 손실이 이만큼의 에포크 동안 나아지지 않으면 멈춥니다.",
    "Pause after this many epochs, counted from now (and again after each pause).":
        "지금부터 이만큼의 에포크가 지나면 멈춥니다 (멈출 때마다 다시 셉니다).",
})

# -- A/B comparison ------------------------------------------------------------------------------
KO.update({
    ("CompareWindow", "Show the loss on a logarithmic axis: small losses stay apart."):
        "손실을 로그 눈금으로 보여 줍니다: 작은 손실끼리도 구별됩니다.",
    ("CompareWindow", "test"): "테스트",
    ("CompareWindow", "training"): "훈련",
    ("CompareWindow", "&Compare two runs…"): "두 실행 비교하기(&C)…",
    ("CompareWindow", "Train a copy of this experiment beside it, from the same data and the same "
                      "first weights; change a setting of either and watch both learn."):
        "같은 데이터와 같은 처음 가중치로 이 실험의 복사본을 나란히 학습시킵니다. 어느 한쪽의 "
        "설정을 바꾸고 둘이 어떻게 학습하는지 지켜보세요.",
    ("CompareWindow", "Batch normalization"): "배치 정규화",
    ("CompareWindow", "Optimizer:"): "옵티마이저:",
    ("CompareWindow", "The rule that turns gradients into weight changes."):
        "기울기를 가중치 변화로 바꾸는 규칙입니다 (optimizer).",
    ("CompareWindow", "Learning rate:"): "학습률:",
    ("CompareWindow", "How big each step downhill is (학습률, learning rate)."):
        "내리막으로 한 번에 얼마나 크게 내딛는지 정합니다 (학습률, learning rate).",
    ("CompareWindow", "Activation:"): "활성화 함수:",
    ("CompareWindow", "The activation of every hidden layer."):
        "모든 은닉층의 활성화 함수입니다 (activation function).",
    ("CompareWindow", "Initializer:"): "가중치 초기화:",
    ("CompareWindow", "How the first weights are drawn. With the same initializer both runs start "
                      "from exactly the same weights."):
        "처음 가중치를 어떻게 뽑을지 정합니다. 초기화 방법이 같으면 두 실행은 정확히 같은 "
        "가중치에서 출발합니다 (weight initialization).",
    ("CompareWindow", "Dropout:"): "드롭아웃:",
    ("CompareWindow", "The share of hidden neurons switched off at random in each training step, "
                      "in every hidden layer."):
        "모든 은닉층에서, 학습 단계마다 무작위로 끄는 뉴런의 비율입니다 (dropout).",
    ("CompareWindow", "Normalize every hidden layer's sums over each batch."):
        "모든 은닉층의 가중합을 배치마다 정규화합니다 (batch normalization).",
    ("CompareWindow", "Regularization:"): "규제:",
    ("CompareWindow", "A penalty on large weights added to the loss."):
        "큰 가중치에 주는 벌점으로, 손실에 더해집니다 (regularization).",
    ("CompareWindow", "Reg. rate:"): "규제 강도:",
    ("CompareWindow", "How strong the weight penalty is."): "가중치 벌점이 얼마나 센지 정합니다.",
    ("CompareWindow", "Batch size:"): "배치 크기:",
    ("CompareWindow", "How many points each weight update looks at."):
        "가중치를 한 번 갱신할 때 보는 데이터 점의 개수입니다 (batch size).",
    ("CompareWindow", "Diverged at epoch %1"): "에포크 %1에서 발산함",
    ("CompareWindow", "Stopped by an error"): "오류로 멈춤",
    ("CompareWindow", "Not trained yet"): "아직 학습하지 않음",
    ("CompareWindow", "Test loss %1 · training loss %2"): "테스트 손실 %1 · 훈련 손실 %2",
    ("CompareWindow", "Compare two runs — nnviz"): "두 실행 비교 — nnviz",
    ("CompareWindow", "Step one epoch"): "한 에포크 학습",
    ("CompareWindow", "Both runs train one more epoch (Right arrow)."):
        "두 실행이 모두 한 에포크 더 학습합니다 (오른쪽 화살표).",
    ("CompareWindow", "Start over"): "처음부터",
    ("CompareWindow", "Both runs back to their shared first weights, same settings (Ctrl+R)."):
        "두 실행을 함께 쓰는 처음 가중치로 되돌립니다. 설정은 그대로입니다 (Ctrl+R).",
    ("CompareWindow", "New weights"): "새 가중치",
    ("CompareWindow", "Draw new first weights, again the same for both runs: does the difference "
                      "hold for another start?"):
        "처음 가중치를 새로 뽑습니다 (두 실행에 똑같이). 다른 출발점에서도 차이가 그대로일까요?",
    ("CompareWindow", "Full speed"): "최고 속도",
    ("CompareWindow", "%1 epochs/s"): "초당 %1 에포크",
    ("CompareWindow", "How fast both runs train."): "두 실행이 학습하는 빠르기입니다.",
    ("CompareWindow", "Speed:"): "속도:",
    ("CompareWindow", "Both runs are the same: change a setting of A or B."):
        "두 실행이 똑같습니다: A나 B의 설정을 하나 바꿔 보세요.",
    ("CompareWindow", "vs"): "대",
    ("CompareWindow", "Run %1"): "실행 %1",
    ("CompareWindow", "Epoch %1"): "에포크 %1",
    ("CompareWindow", "Epoch A %1 · B %2"): "에포크 A %1 · B %2",
    ("CompareWindow", "Train both runs, or pause (Space)."):
        "두 실행을 학습시키거나 잠시 멈춥니다 (스페이스).",
})

# -- error messages of the lab and the data package (context nnviz.errors) --------------------
# {name}, {value} and the like are filled in as the English message has them (field names stay
# as they are written in the file).
KO.update({
    # Where in a CSV file.
    "line {line}: {message}": "{line}번째 줄: {message}",
    "line {line}, column {column}: {message}": "{line}번째 줄, {column}번째 열: {message}",
    "line {line}, column {column} ({column_name}): {message}":
        "{line}번째 줄, {column}번째 열 ({column_name}): {message}",
    "column {column}: {message}": "{column}번째 열: {message}",
    "column {column} ({column_name}): {message}": "{column}번째 열 ({column_name}): {message}",
    # What is wrong in a CSV file.
    "the file is empty: it needs a label column after at least one feature column, and at least 2 rows":
        "파일이 비어 있습니다. 입력 특성 열이 하나 이상 있고 그 뒤에 레이블 열이 있어야 하며, 행이 2개 이상 필요합니다",
    "only {width} column: a CSV needs at least one feature column and the label in the last column":
        "열이 {width}개뿐입니다. CSV에는 입력 특성 열이 하나 이상, 마지막 열에 레이블이 있어야 합니다",
    "{cells} cells but line {line} has {width}; every row needs the same number of cells":
        "칸이 {cells}개인데 {line}번째 줄은 {width}개입니다. 모든 행의 칸 수가 같아야 합니다",
    "found {count} data rows — nnviz needs at least 2":
        "데이터 행이 {count}개뿐입니다. nnviz에는 2개 이상 필요합니다",
    "found 1 data row — nnviz needs at least 2":
        "데이터 행이 1개뿐입니다. nnviz에는 2개 이상 필요합니다",
    "found {count} data rows after the header on line {line} — nnviz needs at least 2":
        "{line}번째 줄의 머리글 다음에 데이터 행이 {count}개뿐입니다. nnviz에는 2개 이상 필요합니다",
    "found 1 data row after the header on line {line} — nnviz needs at least 2":
        "{line}번째 줄의 머리글 다음에 데이터 행이 1개뿐입니다. nnviz에는 2개 이상 필요합니다",
    "the text is larger than the {limit} limit": "텍스트가 한도({limit})보다 큽니다",
    "the file is {size}, over the {limit} limit": "파일 크기가 {size}로 한도({limit})를 넘습니다",
    "the file is over the {limit} limit": "파일이 한도({limit})를 넘습니다",
    "byte 0x{byte} is not UTF-8 text; save the file as UTF-8 (CSV UTF-8 in Excel)":
        "바이트 0x{byte}는 UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장하세요 (Excel에서는 CSV UTF-8)",
    "cannot read this row as CSV ({reason})": "이 행을 CSV로 읽을 수 없습니다 ({reason})",
    "empty cell; {what} needs a number here": "빈 칸입니다. {what}에는 여기에 숫자가 있어야 합니다",
    "{cell} is not a number; {what} must be numeric":
        "{cell}은(는) 숫자가 아닙니다. {what}은(는) 숫자여야 합니다",
    "{cell} is not a number; {what} must be numeric (use a point as the decimal separator)":
        "{cell}은(는) 숫자가 아닙니다. {what}은(는) 숫자여야 합니다 (소수점은 쉼표가 아니라 점으로 쓰세요)",
    "{cell} is not a finite number (NaN and infinity are not allowed)":
        "{cell}은(는) 유한한 수가 아닙니다 (NaN과 무한대는 쓸 수 없습니다)",
    "there is no column {label} for the label: the file has {width} columns":
        "레이블로 쓸 {label}번 열이 없습니다. 파일의 열은 {width}개입니다",
    "there is no column {column} for a feature: the file has {width} columns":
        "입력 특성으로 쓸 {column}번 열이 없습니다. 파일의 열은 {width}개입니다",
    "choose at least one feature column, each once, and not the label column":
        "입력 특성 열을 하나 이상, 각각 한 번씩, 레이블 열이 아닌 것으로 고르세요",
    "empty label; every row needs a label in the last column":
        "레이블이 비어 있습니다. 모든 행의 마지막 열에 레이블이 있어야 합니다",
    "label {label} is a {nth}th class; nnviz handles at most {limit} classes":
        "레이블 {label}은(는) {nth}번째 클래스입니다. nnviz는 클래스를 {limit}개까지만 다룹니다",
    "label {label} is a {nth}th class; nnviz handles at most {limit} classes (write a quantity to predict with a decimal point, e.g. 3.0)":
        "레이블 {label}은(는) {nth}번째 클래스입니다. nnviz는 클래스를 {limit}개까지만 다룹니다 (예측할 값이라면 3.0처럼 소수점을 붙여 쓰세요)",
    "every row has the label {label}; classification needs at least 2 classes":
        "모든 행의 레이블이 {label}입니다. 분류에는 클래스가 2개 이상 필요합니다",
    "class {label} has only 1 point; each class needs at least 2 (one to train on, one to test)":
        "클래스 {label}에는 점이 1개뿐입니다. 클래스마다 2개 이상 필요합니다 (훈련용 하나, 테스트용 하나)",
    ("nnviz.errors", "a feature"): "입력 특성",
    ("nnviz.errors", "the label"): "레이블",
    ("nnviz.errors", "a value to predict"): "예측할 값",
    # One's own points.
    "the file has {count} rows; your own data holds at most {limit} points":
        "파일에 행이 {count}개 있습니다. 직접 만든 데이터는 점을 {limit}개까지만 담을 수 있습니다",
    "points holds {count} points; one's own data holds at most {limit}":
        "points에 점이 {count}개 있습니다. 직접 만든 데이터는 {limit}개까지만 담을 수 있습니다",
    "labels must hold one label per point: {points} points, {labels} labels":
        "labels에는 점마다 레이블이 하나씩 있어야 합니다: 점 {points}개, 레이블 {labels}개",
    "points[{index}] must be a pair of numbers [x1, x2], got {value}":
        "points[{index}]는 숫자 두 개 [x1, x2]여야 합니다. 입력값: {value}",
    "points[{index}] must be finite numbers within ±{limit}, got {value}":
        "points[{index}]는 ±{limit} 안의 유한한 수여야 합니다. 입력값: {value}",
    "labels must be class numbers 0 to {last}, got {value}":
        "labels는 0부터 {last}까지의 클래스 번호여야 합니다. 입력값: {value}",
    "labels must be all whole class numbers (classification) or all finite decimal values (regression), not a mix":
        "labels는 모두 정수 클래스 번호(분류)이거나 모두 유한한 소수 값(회귀)이어야 합니다. 섞을 수 없습니다",
    # A config field that is not valid.
    "{name} must be {expected}, got {value}": "{name}은(는) {expected}이어야 합니다. 입력값: {value}",
    "{name} must be an integer, got {value}": "{name}은(는) 정수여야 합니다. 입력값: {value}",
    "{name} must be a number, got {value}": "{name}은(는) 숫자여야 합니다. 입력값: {value}",
    "{name} must be a list of {items}, got {value}":
        "{name}은(는) {items}의 목록이어야 합니다. 입력값: {value}",
    "{name} must be one of {choices}, got {value}":
        "{name}은(는) 다음 중 하나여야 합니다: {choices}. 입력값: {value}",
    "{name} must be a JSON object, got {kind} {value}":
        "{name}은(는) JSON 객체여야 합니다. 입력값: {kind} {value}",
    "{name} has unknown field(s) {unknown}; known: {known}":
        "{name}에 알 수 없는 항목이 있습니다: {unknown}. 알려진 항목: {known}",
    "config is not valid JSON: {reason}": "설정이 올바른 JSON이 아닙니다: {reason}",
    "in [{lo}, {hi}]": "[{lo}, {hi}] 범위의 값",
    "in ({lo}, {hi}]": "({lo}, {hi}] 범위의 값",
    ("nnviz.errors", "True or False"): "True 또는 False",
    # A weight set by hand that the model refuses.
    "dense_index={index} is out of range: the model has {count} Dense layers (0..{last})":
        "dense_index={index}는 범위를 벗어납니다. 모델의 Dense 층은 {count}개입니다 (0..{last})",
    "row={row} is out of range for Dense layer {index} with {count} inputs (0..{last}, or -1 for the bias)":
        "row={row}는 입력이 {count}개인 Dense 층 {index}의 범위를 벗어납니다 (0..{last}, 편향은 -1)",
    "col={col} is out of range for Dense layer {index} with {count} units (0..{last})":
        "col={col}는 유닛이 {count}개인 Dense 층 {index}의 범위를 벗어납니다 (0..{last})",
    "value must be a number, got {value}": "가중치 값은 숫자여야 합니다. 입력값: {value}",
    "value must be a finite number, got {value}": "가중치 값은 유한한 수여야 합니다. 입력값: {value}",
    "value {value} is too large for the model's {dtype} weights: the largest they hold is ±{limit}":
        "값 {value}은(는) 모델의 {dtype} 가중치에 담기에 너무 큽니다. 담을 수 있는 가장 큰 값은 ±{limit}입니다",
})

# -- earlier runs (ghosts) and stop-rule messages: their _tr() helpers hid them from lupdate -----
KO.update({
    ("GhostRuns", "reset"): "재설정",
    ("GhostRuns", "Earlier runs: the test loss of the last runs before each Reset or change of "
                  "the model, as faint curves labelled with what changed. Pin one to keep it."):
        "이전 실행: 재설정하거나 모델을 바꾸기 전 마지막 실행들의 테스트 손실을, 무엇이 바뀌었는지 "
        "적힌 흐린 곡선으로 보여 줍니다. 고정하면 계속 남습니다.",
    ("GhostRuns", "Earlier runs (%1) ▾"): "이전 실행 (%1) ▾",
    ("GhostRuns", "No earlier runs yet: Reset or change the model to keep one"):
        "아직 이전 실행이 없습니다: 재설정하거나 모델을 바꾸면 하나가 남습니다",
    ("GhostRuns", "Keep (pin): %1"): "고정해 두기: %1",
    ("GhostRuns", "Clear unpinned runs"): "고정하지 않은 실행 지우기",
    ("GhostRuns", "Clear all earlier runs"): "이전 실행 모두 지우기",
    ("StopRule", "Stopped at epoch %1: %2 epochs done. Press Play to train %2 more."):
        "에포크 %1에서 멈췄습니다: %2 에포크를 마쳤습니다. 재생을 누르면 %2 에포크 더 학습합니다.",
    ("StopRule", "Stopped at epoch %1: test loss %2 < target %3."):
        "에포크 %1에서 멈췄습니다: 테스트 손실 %2 < 목표 %3.",
    ("StopRule", "Stopped at epoch %1: training loss %2 < target %3."):
        "에포크 %1에서 멈췄습니다: 훈련 손실 %2 < 목표 %3.",
    ("StopRule", "Stopped at epoch %1 by early stopping: the test loss has not improved for %2 "
                 "epochs (best %3 at epoch %4)."):
        "조기 종료(early stopping)로 에포크 %1에서 멈췄습니다: 테스트 손실이 %2 에포크 동안 나아지지 "
        "않았습니다 (최저 %3, 에포크 %4).",
    ("StopRule", "Those best weights are back."): "그때의 가장 좋은 가중치로 되돌렸습니다.",
})
