export { CHECKWORTHINESS_THRESHOLD, checkworthinessModel, isCheckWorthy, scoreSentence } from './checkworthiness-model';
export { type CheckworthinessWeights, LinearCheckworthinessModel, WEIGHTS_FORMAT } from './linear-model';
export { DENSE_FEATURE_NAMES, type DenseFeatureName, denseFeatures, tokenise } from './features';
