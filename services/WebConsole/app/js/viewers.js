// 3D previews through the signed asset URLs of a generation's manifest: GLB (and OBJ in a zip, converted to GLB in
// the browser) with <model-viewer>, Gaussian-splat PLY/SPZ with GaussianSplats3D, portrait photo sets as a gallery.
// The packages load only when a preview needs them. The container's data-state tells tests and people where it stands.

const splatProperties = /property\s+\w+\s+(f_dc_0|scale_0|rot_0)\b/;

/** Picks what to preview in a manifest: { kind: 'glb' | 'obj-zip' | 'splat' | 'photos', asset(s), poster }. */
export function choosePreview(assets) {
  const poster = assets.find(a => a.role === 'preview' && /^image\//.test(a.contentType))?.url;
  const photos = assets.filter(a => a.role === 'photo');
  if (photos.length) return { kind: 'photos', assets: photos };
  const glb = assets.find(a => a.format === 'glb' || a.format === 'gltf');
  if (glb) return { kind: 'glb', asset: glb, poster };
  const ply = assets.find(a => a.format === 'ply');
  const spz = assets.find(a => a.format === 'spz');
  if (ply || spz) return { kind: 'splat', asset: ply ?? spz, poster };
  const zip = assets.find(a => a.format === 'zip' || a.format === 'obj');
  if (zip) return { kind: 'obj-zip', asset: zip, poster };
  return null;
}

function frame(container, label, poster) {
  container.replaceChildren();
  container.className = 'preview';
  container.dataset.state = 'loading';
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', label);
  const status = Object.assign(document.createElement('span'), { className: 'loading', textContent: 'Loading the model…' });
  let posterImage = null;
  if (poster) {
    posterImage = Object.assign(document.createElement('img'), { className: 'poster', src: poster, alt: '' });
    container.append(posterImage);
  }
  container.append(status);
  return {
    loaded() { posterImage?.remove(); status.remove(); container.dataset.state = 'loaded'; },
    failed(error) { status.textContent = `The preview could not be shown: ${error.message ?? error}`; container.dataset.state = 'failed'; },
  };
}

async function showModel(container, src, poster, label) {
  const state = frame(container, label, poster);
  await import('@google/model-viewer');
  const viewer = document.createElement('model-viewer');
  Object.assign(viewer, { alt: label });
  viewer.setAttribute('camera-controls', '');
  viewer.setAttribute('auto-rotate', '');
  viewer.setAttribute('shadow-intensity', '1');
  viewer.setAttribute('interaction-prompt', 'none');
  viewer.addEventListener('load', () => state.loaded(), { once: true });
  viewer.addEventListener('error', event => state.failed(event.detail?.sourceError ?? 'load error'), { once: true });
  viewer.src = src;
  container.prepend(viewer);
}

async function objZipToGlb(url) {
  const [{ unzipSync, strFromU8 }, { OBJLoader }, { GLTFExporter }] = await Promise.all([
    import('three/addons/libs/fflate.module.js'), import('three/addons/loaders/OBJLoader.js'),
    import('three/addons/exporters/GLTFExporter.js')]);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const entries = unzipSync(new Uint8Array(await response.arrayBuffer()), { filter: file => /\.obj$/i.test(file.name) });
  const obj = Object.values(entries)[0];
  if (!obj) throw new Error('the archive holds no .obj file');
  const glb = await new GLTFExporter().parseAsync(new OBJLoader().parse(strFromU8(obj)), { binary: true });
  return URL.createObjectURL(new Blob([glb], { type: 'model/gltf-binary' }));
}

async function showSplat(container, asset, poster, label) {
  const state = frame(container, label, poster);
  const GaussianSplats3D = await import('@mkkellogg/gaussian-splats-3d');
  const isSpz = asset.format === 'spz';
  if (!isSpz) {
    // A plain point cloud (x, y, z, colours) is no splat: say so rather than draw nothing.
    const head = await fetch(asset.url, { headers: { Range: 'bytes=0-2047' } }).then(r => r.text());
    if (!splatProperties.test(head.slice(0, head.indexOf('end_header') + 10))) {
      throw new Error('this PLY is a point cloud without Gaussian splat properties; download it to view it');
    }
  }
  const root = Object.assign(document.createElement('div'), { className: 'splat' });
  container.prepend(root);
  const viewer = new GaussianSplats3D.Viewer({
    rootElement: root, sharedMemoryForWorkers: false, gpuAcceleratedSort: false, useBuiltInControls: true,
    selfDrivenMode: true, initialCameraPosition: [0, 1, 2.6], initialCameraLookAt: [0, 0, 0],
  });
  container.disposeViewer = () => viewer.dispose();
  await viewer.addSplatScene(asset.url, {
    format: isSpz ? GaussianSplats3D.SceneFormat.Spz : GaussianSplats3D.SceneFormat.Ply,
    showLoadingUI: false, progressiveLoad: false, splatAlphaRemovalThreshold: 1,
  });
  viewer.start();
  requestAnimationFrame(() => requestAnimationFrame(() => state.loaded()));
}

function showPhotos(container, photos) {
  container.replaceChildren();
  container.className = 'gallery';
  container.dataset.state = 'loaded';
  container.removeAttribute('role');
  photos.forEach((photo, index) => {
    const link = Object.assign(document.createElement('a'), { href: photo.url, target: '_blank', rel: 'noreferrer' });
    link.append(Object.assign(document.createElement('img'), { src: photo.url, alt: `Photo ${index + 1} of ${photos.length}`, loading: 'lazy' }));
    container.append(link);
  });
}

/** Renders the preview of a manifest into container; returns false when nothing in it can be previewed. */
export async function showPreview(container, assets) {
  container.disposeViewer?.();
  const preview = choosePreview(assets);
  if (!preview) return false;
  container.dataset.kind = preview.kind;
  const label = `3D preview of ${preview.asset?.name ?? 'the result'}`;
  try {
    if (preview.kind === 'photos') showPhotos(container, preview.assets);
    else if (preview.kind === 'glb') await showModel(container, preview.asset.url, preview.poster, label);
    else if (preview.kind === 'obj-zip') {
      frame(container, label, preview.poster);
      await showModel(container, await objZipToGlb(preview.asset.url), preview.poster, label);
    } else await showSplat(container, preview.asset, preview.poster, label);
  } catch (error) {
    container.dataset.state = 'failed';
    const note = container.querySelector('.loading') ?? container.appendChild(document.createElement('span'));
    note.className = 'loading';
    note.textContent = `The preview could not be shown: ${error.message ?? error}`;
  }
  return true;
}
