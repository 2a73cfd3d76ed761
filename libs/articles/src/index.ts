export * from './articles.module';
export * from './articles.service';
export * from './article-extraction.service';
export * from './extraction-reconciler.service';
export * from './content-identity';
export * from './dto/submit-article.dto';
export * from './dto/list-articles.query';
export * from './dto/article.view';
